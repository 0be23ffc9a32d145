"""Attendance to a cohort's sessions and the final activity (issue 29, item 5).

Publishers who may manage the course take attendance on a list of the cohort's seated members
(`take_attendance`) and mark the final activity on the cohort's list (`mark_final_activity`);
members may check in themselves with the code shown in the room (`check_in`), on the session's
day and only in a cohort where they hold a seat. Each change may complete enrolments
(`training.completion.record_completions`).
"""

from django_ratelimit.core import is_ratelimited

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .completion import record_completions
from .models import Attendance, CohortSession, Enrollment

# Wrong codes a member may type per hour before being asked to wait: enough for typos, too few
# to try the million six-digit codes.
CHECK_IN_RATE = "10/h"


class CheckInRefused(Exception):
    """A Spanish sentence saying why the code was not accepted."""


def seated(cohort):
    """The cohort's members with a seat, by name, for the attendance and final-activity lists."""
    return (
        Enrollment.objects.filter(cohort=cohort, status=Enrollment.Status.ENROLLED)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username", "pk")
    )


def present_user_ids(session):
    return set(session.attendances.filter(present=True).values_list("user_id", flat=True))


def take_attendance(session, present_ids, recorded_by, now=None):
    """Set who was present at `session` among its cohort's seated members, in one transaction;
    returns how many are marked present. Ids of anyone else are ignored."""
    now = now or timezone.now()
    with transaction.atomic():
        seats = list(seated(session.cohort))
        recorded = {a.user_id: a for a in session.attendances.select_for_update()}
        new, changed = [], []
        for enrollment in seats:
            present = enrollment.user_id in present_ids
            attendance = recorded.get(enrollment.user_id)
            if attendance is None:  # absences are recorded too: the member sees "no asistió"
                new.append(_attendance(session, enrollment.user_id, recorded_by, now, present))
            elif attendance.present != present:
                attendance.present = present
                attendance.recorded_by, attendance.recorded_at = recorded_by, now
                attendance.method = Attendance.Method.PUBLISHER
                changed.append(attendance)
        Attendance.objects.bulk_create(new)
        Attendance.objects.bulk_update(changed, ["present", "recorded_by", "recorded_at", "method"])
        record_completions(seats)
    return sum(1 for enrollment in seats if enrollment.user_id in present_ids)


def _attendance(session, user_id, recorded_by, now, present):
    return Attendance(
        session=session, user_id=user_id, present=present, recorded_by=recorded_by,
        recorded_at=now, method=Attendance.Method.PUBLISHER,
    )  # fmt: skip


def mark_final_activity(cohort, done_ids, now=None):
    """Set which seated members passed the final activity (by user id); keeps the first date."""
    now = now or timezone.now()
    with transaction.atomic():
        seats = list(seated(cohort).select_for_update())
        changed = []
        for enrollment in seats:
            done = enrollment.user_id in done_ids
            if done != (enrollment.final_activity_done_at is not None):
                enrollment.final_activity_done_at = now if done else None
                changed.append(enrollment)
        Enrollment.objects.bulk_update(changed, ["final_activity_done_at"])
        record_completions(seats)


def check_in_refusal(user, session, today=None):
    """Why `user` may not check in to `session` at all, or None."""
    seat = Enrollment.objects.filter(
        user=user, cohort=session.cohort_id, status=Enrollment.Status.ENROLLED
    ).exists()
    if not seat:
        return _("Solo registran asistencia quienes tienen un cupo en esta convocatoria.")
    if not session.is_today(today):
        return _("La asistencia a esta sesión se registra solo el día de la sesión.")
    return None


def over_check_in_limit(request):
    return is_ratelimited(
        request, group="training-check-in", key="user", rate=CHECK_IN_RATE, increment=True
    )


def check_in(user, session, code, today=None):
    """Record `user` present at `session` if `code` is the session's; raises CheckInRefused."""
    reason = check_in_refusal(user, session, today)
    if reason:
        raise CheckInRefused(reason)
    if code.strip().replace(" ", "") != session.check_in_code:
        raise CheckInRefused(
            _("El código no coincide con el de esta sesión. Revise el que se muestra en la sala.")
        )
    with transaction.atomic():
        Attendance.objects.update_or_create(
            session=session,
            user=user,
            defaults={
                "present": True, "recorded_by": user, "recorded_at": timezone.now(),
                "method": Attendance.Method.CODE,
            },
        )  # fmt: skip
        record_completions(
            Enrollment.objects.filter(
                user=user, cohort=session.cohort_id, status=Enrollment.Status.ENROLLED
            )
        )


def sessions_with_attendance(user, cohort_ids):
    """{cohort id: [session with `attended` (True, False or None: not recorded)]}, two queries."""
    if not cohort_ids:
        return {}
    sessions = CohortSession.objects.filter(cohort__in=cohort_ids).order_by("starts_at", "pk")
    marks = dict(
        Attendance.objects.filter(user=user, session__cohort__in=cohort_ids).values_list(
            "session", "present"
        )
    )
    by_cohort = {cohort_id: [] for cohort_id in cohort_ids}
    now = timezone.now()
    today = timezone.localdate(now)
    for session in sessions:
        session.attended = marks.get(session.pk)
        session.check_in_open = session.is_today(today) and not session.attended
        session.upcoming = session.starts_at > now
        by_cohort[session.cohort_id].append(session)
    return by_cohort
