"""Course surveys (issue 18 item 3): who is asked, when the survey is open, and the daily sending.

When a cohort ends, each member who held a seat (not those waiting or who cancelled) is asked once
through the site's notices (`notifications.followups`), so their e-mail preference applies. The
survey stays open for `OPEN_DAYS` after the end; until then a member may change their answer.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.templatetags.dates import fecha
from notifications import followups, kinds
from notifications.notify import send

from .completion import record_completions, seats_of
from .models import Cohort, CourseEvaluation, Enrollment

OPEN_DAYS = 30

SURVEY = kinds.register("encuesta", gettext_lazy("Evaluación de un curso"))


def closes_on(cohort):
    return cohort.end_date + timedelta(days=OPEN_DAYS)


def is_open(cohort, today=None):
    """Open from the day after the cohort ends, for `OPEN_DAYS` days; never for a cancelled one."""
    today = today or timezone.localdate()
    return cohort.status != Cohort.Status.CANCELLED and cohort.end_date < today <= closes_on(cohort)


def may_answer(user, cohort):
    """Only members who held a seat in the cohort: the survey is about having taken it."""
    return (
        user.is_authenticated
        and Enrollment.objects.filter(
            user=user, cohort=cohort, status=Enrollment.Status.ENROLLED
        ).exists()
    )


def answer_of(user, cohort):
    return CourseEvaluation.objects.filter(respondent=user, cohort=cohort).first()


def record_answer(user, cohort, answers):
    """Create or replace the member's one answer for the cohort; `answers` are the model fields.
    Answering may complete the member's enrolment (when the course asks for the survey)."""
    CourseEvaluation.objects.update_or_create(cohort=cohort, respondent=user, defaults=answers)
    record_completions(seats_of(user, cohort=cohort))


def survey_url(cohort, plans):
    """The survey's address under the course's plan; `plans` caches the plan of each course."""
    course = cohort.course
    if course.pk not in plans:
        plans[course.pk] = course.plan()
    plan = plans[course.pk]
    return (plan.url or "") + plan.reverse_subpage("survey", args=[cohort.pk])


def invitation_text(cohort):
    return _(
        "Terminó el curso «%(course)s». ¿Qué le pareció? Responda la encuesta antes "
        "del %(day)s: son cinco preguntas y no lleva su nombre."
    ) % {"course": cohort.course.title, "day": fecha(closes_on(cohort))}


def due_surveys(today):
    """Seats in cohorts that ended within the open period whose member was not asked yet."""
    return (
        Enrollment.objects.filter(
            status=Enrollment.Status.ENROLLED,
            survey_sent_at__isnull=True,
            user__is_active=True,
            cohort__end_date__lt=today,
            cohort__end_date__gte=today - timedelta(days=OPEN_DAYS),
            cohort__course__live=True,
        )
        .exclude(cohort__status=Cohort.Status.CANCELLED)
        .select_related("user", "cohort__course")
        .order_by("cohort__end_date", "pk")
    )


def send_surveys(now=None):
    """Ask each member of a finished cohort to answer its survey, once; returns how many."""
    now = now or timezone.now()
    plans = {}

    def invite(enrollment):
        cohort = enrollment.cohort
        send([enrollment.user], SURVEY, invitation_text(cohort), survey_url(cohort, plans))

    return followups.run(due_surveys(timezone.localdate(now)), "survey_sent_at", invite, now)
