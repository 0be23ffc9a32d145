"""Issuing and revoking certificates: the one place they are made or withdrawn.

- A course certificate is issued when an enrolment becomes complete (training's
  `enrollment_completed` signal, see signals.py) for a course that grants one, and by a publisher
  by hand, with a reason, for an exception (`issue_by_hand`).
- A recognition is issued to the member who shared each winning or finalist practice when an
  edition's results are published (`issue_recognitions`).
- `revoke` withdraws one, with a reason; the verification page says so from then on.

Issuing twice for the same member and cohort (or nomination) returns the certificate already
issued: the database's unique constraints hold even for two requests at once.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Certificate
from .notices import certificate_issued

DEFAULT_TRAINING_ENTITY = "Escuela Superior de Administración Pública (ESAP)"


class IssueRefused(ValueError):
    """Why a certificate cannot be issued or revoked, in Spanish, for the person who asked."""


def course_hours(course):
    """The course's hours (training names them `hours` or `duration_hours`)."""
    hours = getattr(course, "hours", None)
    return hours if hours is not None else getattr(course, "duration_hours", None)


def course_entity(course):
    entity = getattr(course, "entity", None)
    return entity.name if entity is not None else DEFAULT_TRAINING_ENTITY


def course_fields(course, cohort):
    return {
        "kind": Certificate.Kind.COURSE,
        "course": course,
        "cohort": cohort,
        "title": course.title,
        "description": _("Completó el curso «%(title)s» del plan de formación en asistencia "
                         "técnica territorial.") % {"title": course.title},
        "hours": course_hours(course),
        "issuing_entity": course_entity(course),
        "starts_on": cohort.start_date if cohort else None,
        "ends_on": cohort.end_date if cohort else None,
    }  # fmt: skip


def _create_once(lookup, fields):
    """The certificate matching `lookup`, created with `fields` if there is none."""
    existing = Certificate.objects.filter(**lookup).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(**{**fields, **lookup})
    except IntegrityError:  # issued meanwhile by another request
        return Certificate.objects.get(**lookup), False
    certificate_issued(certificate)
    return certificate, True


def issue_for_enrollment(enrollment):
    """The certificate of a completed enrolment, if its course grants one; None otherwise."""
    cohort = enrollment.cohort
    course = cohort.course
    if not getattr(course, "certificate", True):
        return None
    fields = course_fields(course, cohort)
    fields["issued_at"] = getattr(enrollment, "completed_at", None) or timezone.now()
    certificate, _created = _create_once({"user": enrollment.user, "cohort": cohort}, fields)
    return certificate


def issue_by_hand(*, course, user, issued_by, reason, cohort=None):
    """A publisher's certificate for an exception to the rules: the reason is required and kept."""
    reason = (reason or "").strip()
    if not reason:
        raise IssueRefused(_("Escriba el motivo: queda registrado con el certificado."))
    if cohort is not None and cohort.course_id != course.pk:
        raise IssueRefused(_("La convocatoria no es de este curso."))
    fields = course_fields(course, cohort) | {"issued_by": issued_by, "issue_reason": reason}
    if cohort is None:
        certificate = Certificate.objects.create(user=user, **fields)
        certificate_issued(certificate)
        return certificate
    certificate, created = _create_once({"user": user, "cohort": cohort}, fields)
    if not created:
        raise IssueRefused(_("Esta persona ya tiene un certificado de esa convocatoria."))
    return certificate


def revoke(certificate, *, by, reason):
    reason = (reason or "").strip()
    if not reason:
        raise IssueRefused(_("Escriba el motivo de la revocación: la verificación lo muestra."))
    if certificate.is_revoked:
        raise IssueRefused(_("Este certificado ya estaba revocado."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    return certificate


# Meeting recognitions -------------------------------------------------------------------------

OUTCOMES = {
    "ganadora": ("Práctica ganadora", "ganadora"),
    "finalista": ("Práctica finalista", "finalista"),
}


def recognition_holder(nomination):
    """Who receives it: the member who shared the practice, else the one who nominated it."""
    return nomination.practice.owner or nomination.nominated_by


def recognition_fields(nomination, entity):
    edition = nomination.edition
    label, word = OUTCOMES[nomination.status]
    practice = nomination.practice
    return {
        "kind": Certificate.Kind.RECOGNITION,
        "title": f"{label}: {practice.title}",
        "description": _(
            "La buena práctica «%(practice)s» fue %(word)s en la categoría «%(category)s» del "
            "%(edition)s, elegida por su jurado."
        ) % {"practice": practice.title, "word": word, "category": nomination.category.name,
             "edition": edition.title},
        "issuing_entity": entity,
        "starts_on": getattr(edition, "starts_on", None),
        "ends_on": getattr(edition, "ends_on", None),
    }  # fmt: skip


def issue_recognitions(edition, entity):
    """One recognition per winning or finalist nomination of the edition (to the member who shared
    the practice); returns those issued now. `entity` is the organiser that certifies it."""
    issued = []
    nominations = edition.nominations.filter(status__in=list(OUTCOMES)).select_related(
        "practice__owner", "nominated_by", "category", "edition"
    )
    for nomination in nominations:
        holder = recognition_holder(nomination)
        if holder is None or not holder.is_active:
            continue
        certificate, created = _create_once(
            {"user": holder, "nomination": nomination}, recognition_fields(nomination, entity)
        )
        if created:
            issued.append(certificate)
    return issued
