"""Enrolling in and leaving cohorts, with a waiting list that moves up by itself.

Every change locks the cohort row first (`select_for_update`), so two people taking the last seat
at the same moment are served one after the other: one gets it, the other is waitlisted. Emails
leave only once the transaction has committed.
"""

from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from core.templatetags.dates import fecha

from .emails import send_enrolment_email
from .models import Cohort, Enrollment

Status = Enrollment.Status


class EnrolmentRefused(Exception):
    """A Spanish sentence saying why the person cannot enrol or cancel."""


def refusal_reason(cohort, today=None):
    """Why `cohort` takes no enrolments today, or None when it does."""
    today = today or timezone.localdate()
    if cohort.status == Cohort.Status.CANCELLED:
        return _("Esta convocatoria fue cancelada.")
    if cohort.status == Cohort.Status.FINISHED:
        return _("Esta convocatoria ya finalizó.")
    if cohort.status == Cohort.Status.CLOSED:
        return _("Las inscripciones de esta convocatoria están cerradas.")
    if today < cohort.enrolment_opens:
        day = fecha(cohort.enrolment_opens)
        return _("Las inscripciones abren el %(day)s.") % {"day": day}
    if today > cohort.enrolment_closes:
        day = fecha(cohort.enrolment_closes)
        return _("Las inscripciones cerraron el %(day)s.") % {"day": day}
    return None


def _lock(cohort):
    return Cohort.objects.select_for_update().get(pk=cohort.pk)


def _active(user, cohort):
    return Enrollment.objects.filter(user=user, cohort=cohort).exclude(status=Status.CANCELLED)


def enrol(user, cohort):
    """Give `user` a seat in `cohort`, or a place on its waiting list when it is full."""
    with transaction.atomic():
        cohort = _lock(cohort)
        reason = refusal_reason(cohort)
        if reason:
            raise EnrolmentRefused(reason)
        if _active(user, cohort).exists():
            raise EnrolmentRefused(_("Ya tiene una inscripción en esta convocatoria."))
        taken = cohort.enrollments.filter(status=Status.ENROLLED).count()
        status = Status.ENROLLED if taken < cohort.seats else Status.WAITLISTED
        enrollment = Enrollment.objects.create(user=user, cohort=cohort, status=status)
        transaction.on_commit(lambda: send_enrolment_email(enrollment))
    return enrollment


def cancel(user, cohort):
    """Cancel `user`'s enrolment; a freed seat goes to the first person waiting."""
    with transaction.atomic():
        cohort = _lock(cohort)
        enrollment = _active(user, cohort).first()
        if enrollment is None:
            raise EnrolmentRefused(_("No tiene una inscripción activa en esta convocatoria."))
        enrollment.status = Status.CANCELLED
        enrollment.save(update_fields=["status", "updated_at"])
        promoted = fill_free_seats(cohort)
        for person in promoted:
            transaction.on_commit(lambda person=person: send_enrolment_email(person, promoted=True))
    return enrollment, promoted


def with_waiting_place(enrollments):
    """Annotates `waiting_place`: a waitlisted person's place in their cohort's line (1 is next
    for a freed seat, in the order `fill_free_seats` promotes), in the same query."""
    ahead = (
        Enrollment.objects.filter(cohort=OuterRef("cohort"), status=Status.WAITLISTED)
        .filter(
            Q(created_at__lt=OuterRef("created_at"))
            | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk"))
        )
        .values("cohort")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return enrollments.annotate(waiting_place=Coalesce(Subquery(ahead), 0) + 1)


def fill_free_seats(cohort):
    """Move people up from the waiting list, oldest first, while seats are free. Needs the lock."""
    if cohort.status in (Cohort.Status.CANCELLED, Cohort.Status.FINISHED):
        return []
    free = cohort.seats - cohort.enrollments.filter(status=Status.ENROLLED).count()
    if free <= 0:
        return []
    waiting = cohort.enrollments.filter(status=Status.WAITLISTED).order_by("created_at", "pk")
    promoted = list(waiting[:free])
    for enrollment in promoted:
        enrollment.status = Status.ENROLLED
        enrollment.save(update_fields=["status", "updated_at"])
    return promoted
