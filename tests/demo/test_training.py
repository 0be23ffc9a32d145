"""The demo training plan people see on a fresh `make run`."""

from datetime import date

import pytest

from training.models import Cohort, CourseEvaluation, CoursePage, Enrollment, TrainingPlanPage

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("seeded_demo")
def test_the_demo_training_plan_runs_two_years_of_cohorts_with_waits_and_surveys(client):
    from demo.training import plan_period

    plan = TrainingPlanPage.objects.get()
    first, last = plan_period()
    assert plan.title == f"Plan de formación ATT {first.year}–{last.year}"
    assert last.year == first.year + 1
    assert CoursePage.objects.live().count() == 12
    statuses = set(Cohort.objects.values_list("status", flat=True))
    assert {"abierta", "finalizada", "cancelada"} <= statuses
    assert Cohort.objects.filter(online=True).exists()
    assert Cohort.objects.values("municipality__department").distinct().count() > 5
    full = Cohort.objects.get(seats=2)
    assert full.enrollments.filter(status=Enrollment.Status.WAITLISTED).count() == 1
    assert CourseEvaluation.objects.filter(cohort__status=Cohort.Status.FINISHED).count() >= 3
    for answer in CourseEvaluation.objects.all():  # respondents held a seat, and were asked
        seat = Enrollment.objects.get(user=answer.respondent, cohort=answer.cohort)
        assert seat.status == Enrollment.Status.ENROLLED and seat.survey_sent_at
    assert client.get(plan.url).status_code == 200
    virtual_managerial = client.get(plan.url, {"modalidad": "virtual", "nivel": "gerencial"})
    assert virtual_managerial.context["results"].paginator.count >= 2


@pytest.mark.usefixtures("seeded_demo")
def test_the_demo_member_finds_a_survey_to_answer_and_a_course_to_start(client):
    from django.contrib.auth import get_user_model

    from notifications.models import Notification

    client.force_login(get_user_model().objects.get(username="miembro"))
    page = client.get("/formacion/mis-cursos/").content.decode()
    assert "Responder la encuesta del curso" in page
    assert "Cancelar inscripción" in page  # the one that has not started
    invitation = Notification.objects.get(recipient__username="miembro", kind="encuesta")
    assert client.get(invitation.url).status_code == 200


@pytest.mark.parametrize(
    "today",
    [date(2026, 1, 2), date(2026, 3, 15), date(2026, 6, 30), date(2026, 7, 1), date(2026, 12, 20)],
)
def test_cohorts_fit_the_plan_whatever_day_the_demo_is_seeded(today):
    """Inside the plan's two years, starting on a Monday; no classroom meets from 24 December
    to 6 January, nor does an online cohort start then."""
    from demo.training import cohort_dates, over_holidays, plan_period
    from demo.training_data import COURSES

    first, last = plan_period(today)
    for *_course, cohorts in COURSES:
        for place, start_in, length, _seats, _status in cohorts:
            start, end = cohort_dates(start_in, length, place is not None, today)
            assert first <= start <= end <= last
            assert start.weekday() == 0
            assert not over_holidays(start, end if place else start)
