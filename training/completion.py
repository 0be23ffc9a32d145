"""Whether an enrolment meets its course's completion rules, and what is left (issue 29, item 1).

The rules live on the course ("Certificación" panel): a share of the course's lessons, the
cohort's survey answered, a number of sessions attended (only in cohorts with a place: an
online-only cohort has no in-person sessions to ask for), and a final activity a publisher marks.
A course whose rules ask for nothing (no lessons to count, nothing else) is never complete by
itself: nothing is certified out of nothing.

`completion_of(enrollment)` answers for one enrolment, `completion_by_enrollment(enrollments)` for
a list in a fixed number of queries. `record_completions(enrollments)` is called after anything
that may complete an enrolment (a lesson done, the survey answered, attendance, the final
activity): the first time an enrolment is complete it sets `Enrollment.completed_at` and sends
`training.signals.enrollment_completed`, once. A recorded completion stands: a certificate issued
on it does not vanish if a publisher later corrects the attendance list.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from math import ceil

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import (
    Attendance,
    Cohort,
    CourseEvaluation,
    CourseLessonPage,
    Enrollment,
    LessonProgress,
)
from .signals import enrollment_completed


def spanish_list(items):
    """Spanish enumeration: "a", "a y b", "a, b y c"."""
    if len(items) <= 1:
        return "".join(items)
    return _("%(first)s y %(last)s") % {"first": ", ".join(items[:-1]), "last": items[-1]}


@dataclass(frozen=True)
class Completion:
    is_complete: bool
    # In this order: "2 lecciones", "1 sesión presencial", "la encuesta", "la actividad final".
    missing: list[str] = field(default_factory=list)
    completed_at: datetime | None = None
    lessons_done: int = 0
    lessons_required: int = 0
    lessons_total: int = 0
    survey_required: bool = False
    survey_answered: bool = False
    sessions_required: int = 0
    sessions_attended: int = 0
    final_activity_required: bool = False
    final_activity_done: bool = False
    has_rules: bool = True  # False: the course asks for nothing, so nothing completes it

    @property
    def summary(self):
        """The sentence the member reads: "Le faltan 2 lecciones y la encuesta", or "Cumplió
        todos los requisitos"."""
        if self.is_complete:
            return _("Cumplió todos los requisitos")
        if not self.has_rules:
            return _("Este curso todavía no tiene requisitos de aprobación.")
        if not self.missing:  # all met, but without a seat (waiting list, cancelled)
            return _("Cuenta solo con un cupo en la convocatoria.")
        singular = len(self.missing) == 1 and self._missing_counts == [1]
        template = _("Le falta %(what)s") if singular else _("Le faltan %(what)s")
        return template % {"what": spanish_list(self.missing)}

    @property
    def _missing_counts(self):
        """How many of each missing thing: 1 for the survey and the final activity."""
        counts = []
        if self.lessons_done < self.lessons_required:
            counts.append(self.lessons_required - self.lessons_done)
        if self.sessions_attended < self.sessions_required:
            counts.append(self.sessions_required - self.sessions_attended)
        if self.survey_required and not self.survey_answered:
            counts.append(1)
        if self.final_activity_required and not self.final_activity_done:
            counts.append(1)
        return counts

    @property
    def done_summary(self):
        """ "Ya cumplió: la encuesta y la actividad final", or "" when nothing is met yet."""
        return _("Ya cumplió: %(what)s") % {"what": spanish_list(self.done)} if self.done else ""

    @property
    def done(self):
        """What the member has already met, as short Spanish phrases, for the course page."""
        items = []
        if self.lessons_required and self.lessons_done >= self.lessons_required:
            items.append(_("las lecciones exigidas"))
        if self.sessions_required and self.sessions_attended >= self.sessions_required:
            items.append(_("la asistencia a las sesiones"))
        if self.survey_required and self.survey_answered:
            items.append(_("la encuesta"))
        if self.final_activity_required and self.final_activity_done:
            items.append(_("la actividad final"))
        return items


def _missing(values):
    missing = []
    lessons_left = values["lessons_required"] - values["lessons_done"]
    if lessons_left > 0:
        missing.append(
            ngettext("%(n)d lección", "%(n)d lecciones", lessons_left) % {"n": lessons_left}
        )
    sessions_left = values["sessions_required"] - values["sessions_attended"]
    if sessions_left > 0:
        missing.append(
            ngettext("%(n)d sesión presencial", "%(n)d sesiones presenciales", sessions_left)
            % {"n": sessions_left}
        )
    if values["survey_required"] and not values["survey_answered"]:
        missing.append(_("la encuesta"))
    if values["final_activity_required"] and not values["final_activity_done"]:
        missing.append(_("la actividad final"))
    return missing


def _lesson_ids_by_course(courses):
    """{course pk: {lesson pk}} for the live lessons under each course, in one query."""
    by_course = {course.pk: set() for course in courses}
    if not by_course:
        return by_course
    paths = {course.pk: course.path for course in courses}
    for lesson_pk, lesson_path in CourseLessonPage.objects.live().values_list("pk", "path"):
        for course_pk, course_path in paths.items():
            if lesson_path.startswith(course_path):
                by_course[course_pk].add(lesson_pk)
    return by_course


def _cohorts_with_courses(enrollments):
    """{cohort pk: cohort with its course}: those already loaded with the enrolments (a list page's
    `select_related("cohort__course")`), the others in one query."""
    cohorts = {}
    for enrollment in enrollments:
        if Enrollment.cohort.is_cached(enrollment) and Cohort.course.is_cached(enrollment.cohort):
            cohorts[enrollment.cohort_id] = enrollment.cohort
    missing = {e.cohort_id for e in enrollments} - cohorts.keys()
    if missing:
        cohorts |= Cohort.objects.select_related("course").in_bulk(missing)
    return cohorts


def completion_by_enrollment(enrollments):
    """{enrollment pk: Completion} in at most five queries, however many enrolments (of anyone)."""
    enrollments = list(enrollments)
    if not enrollments:
        return {}
    cohorts = _cohorts_with_courses(enrollments)
    courses = {cohort.course_id: cohort.course for cohort in cohorts.values()}
    users = {e.user_id for e in enrollments}
    lessons = _lesson_ids_by_course(courses.values())
    all_lessons = set().union(*lessons.values())
    done = defaultdict(set)
    for user_id, lesson_id in LessonProgress.objects.filter(
        user__in=users, lesson__in=all_lessons
    ).values_list("user", "lesson"):
        done[user_id].add(lesson_id)
    answered = set(
        CourseEvaluation.objects.filter(cohort__in=cohorts, respondent__in=users).values_list(
            "cohort", "respondent"
        )
    )
    attended = {
        (row["session__cohort"], row["user"]): row["count"]
        for row in Attendance.objects.filter(
            session__cohort__in=cohorts, user__in=users, present=True
        )
        .values("session__cohort", "user")
        .annotate(count=Count("pk"))
        .order_by()
    }
    return {
        e.pk: _completion(e, cohorts[e.cohort_id], lessons, done, answered, attended)
        for e in enrollments
    }


def _completion(enrollment, cohort, lessons, done, answered, attended):
    course = cohort.course
    course_lessons = lessons[course.pk]
    in_person = cohort.municipality_id is not None
    values = {
        "lessons_total": len(course_lessons),
        "lessons_done": len(course_lessons & done[enrollment.user_id]),
        "lessons_required": ceil(len(course_lessons) * course.completion_lessons_percent / 100),
        "survey_required": course.completion_requires_survey,
        "survey_answered": (cohort.pk, enrollment.user_id) in answered,
        "sessions_required": course.completion_min_sessions if in_person else 0,
        "sessions_attended": attended.get((cohort.pk, enrollment.user_id), 0),
        "final_activity_required": course.completion_requires_final_activity,
        "final_activity_done": enrollment.final_activity_done_at is not None,
    }
    has_rules = bool(
        values["lessons_required"]
        or values["survey_required"]
        or values["sessions_required"]
        or values["final_activity_required"]
    )
    if enrollment.completed_at:
        return Completion(True, [], enrollment.completed_at, has_rules=True, **values)
    missing = _missing(values)
    seated = enrollment.status == Enrollment.Status.ENROLLED
    complete = seated and has_rules and not missing
    return Completion(complete, missing, None, has_rules=has_rules, **values)


def completion_of(enrollment):
    return completion_by_enrollment([enrollment])[enrollment.pk]


def record_completions(enrollments, now=None):
    """Record each newly complete enrolment and announce it, once; returns those recorded.

    The conditional update is what makes it once: of two requests completing the same enrolment
    at the same moment, only one updates the row, and only that one sends the signal.
    """
    now = now or timezone.now()
    enrollments = [e for e in enrollments if e.completed_at is None]
    completions = completion_by_enrollment(enrollments)
    recorded = []
    for enrollment in enrollments:
        if not completions[enrollment.pk].is_complete:
            continue
        updated = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
            completed_at=now
        )
        if updated:
            enrollment.completed_at = now
            recorded.append(enrollment)
            enrollment_completed.send(sender=Enrollment, enrollment=enrollment)
    return recorded


def seats_of(user, course=None, cohort=None):
    """The person's seated enrolments in a course (all its cohorts) or in one cohort."""
    seats = Enrollment.objects.filter(user=user, status=Enrollment.Status.ENROLLED)
    if course is not None:
        seats = seats.filter(cohort__course=course)
    if cohort is not None:
        seats = seats.filter(cohort=cohort)
    return seats
