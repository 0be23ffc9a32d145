"""Demo certificates: the demo member's course certificate (on "Mis certificados"), a revoked one
held by someone of the cast (so /verificar/ shows both states), and the meeting's recognitions
(issued when the 2025 results were published; issued here too if they were not). Idempotent."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from credentials.issuing import course_fields, issue_recognitions, revoke
from credentials.models import Certificate
from credentials.signals import organiser_of
from meeting.models import EditionPage
from meeting.models.pages import PHASES, Phase
from notifications.models import Notification
from training.models import Cohort, Enrollment

MEMBER = "miembro"
PUBLISHER = "esap"
REVOCATION = (
    "La asistencia registrada no alcanzaba el mínimo del curso: se corrigió la lista de la "
    "convocatoria."
)


def _ended_cohorts():
    return (
        Cohort.objects.filter(end_date__lt=timezone.localdate(), course__certificate=True)
        .exclude(status=Cohort.Status.CANCELLED)
        .select_related("course__entity")
        .order_by("-end_date", "pk")
    )


def _seat(user, cohort, completed):
    """The person's seat in the cohort, made as the demo's enrolments are: enrolled before the
    enrolment closed, completed when the cohort ended."""
    seat = Enrollment.objects.filter(user=user, cohort=cohort).first()
    if seat is None:
        seat = Enrollment.objects.create(
            user=user, cohort=cohort, status=Enrollment.Status.ENROLLED
        )
        enrolled = timezone.make_aware(
            datetime.combine(cohort.enrolment_closes - timedelta(days=3), time(10))
        )
        Enrollment.objects.filter(pk=seat.pk).update(created_at=enrolled, updated_at=enrolled)
    if hasattr(seat, "completed_at") and seat.completed_at is None:
        Enrollment.objects.filter(pk=seat.pk).update(completed_at=completed)
    return seat


def _certify(user, cohort):
    """The certificate of `user` for `cohort`, as if they had completed it the day it ended."""
    completed = timezone.make_aware(datetime.combine(cohort.end_date, time(16)))
    _seat(user, cohort, completed)
    fields = course_fields(cohort.course, cohort) | {"issued_at": completed}
    certificate, _created = Certificate.objects.get_or_create(
        user=user, cohort=cohort, defaults=fields
    )
    return certificate


def seed_member_certificate(users):
    member = users.filter(username=MEMBER).first()
    if member is None or member.certificates.filter(kind=Certificate.Kind.COURSE).exists():
        return None
    theirs = _ended_cohorts().filter(enrollments__user=member).first()
    cohort = theirs or _ended_cohorts().first()
    return _certify(member, cohort) if cohort else None


def seed_revoked(users):
    if Certificate.objects.filter(revoked_at__isnull=False).exists():
        return None
    cohort = _ended_cohorts().first()
    holder = (
        users.filter(enrollments__cohort=cohort).exclude(username=MEMBER).first()
        if cohort
        else None
    ) or users.exclude(username=MEMBER).filter(is_staff=False, is_superuser=False).first()
    if cohort is None or holder is None:
        return None
    certificate = _certify(holder, cohort)
    certificate.issued_at = certificate.issued_at - timedelta(days=1)
    certificate.save(update_fields=["issued_at"])
    return revoke(certificate, by=users.filter(username=PUBLISHER).first(), reason=REVOCATION)


def seed_recognitions():
    """Recognitions of every edition with results (issued on publication; here if they were not),
    dated as their notice was: the day the demo's results came out."""
    results = PHASES[PHASES.index(Phase.RESULTS) :]
    for edition in EditionPage.objects.filter(phase__in=results):
        issue_recognitions(edition, organiser_of(edition))
    for certificate in Certificate.objects.filter(kind=Certificate.Kind.RECOGNITION):
        notice = Notification.objects.filter(key=f"certificado-{certificate.pk}").first()
        if notice and notice.created < certificate.issued_at:
            certificate.issued_at = notice.created
            certificate.save(update_fields=["issued_at"])


def seed(log):
    users = get_user_model().objects.filter(is_active=True)
    seed_member_certificate(users)
    seed_revoked(users)
    seed_recognitions()
    counts = {kind: Certificate.objects.filter(kind=kind).count() for kind in Certificate.Kind}
    log.step(
        f"certificados: {counts[Certificate.Kind.COURSE]} de cursos "
        f"({Certificate.objects.filter(revoked_at__isnull=False).count()} revocado), "
        f"{counts[Certificate.Kind.RECOGNITION]} reconocimientos del encuentro"
    )
