"""The demo training plan people see on a fresh `make run`."""

import pytest

from django.core.management import call_command

from training.models import Cohort, CourseEvaluation, CoursePage, Enrollment, TrainingPlanPage

pytestmark = pytest.mark.django_db


def test_seed_demo_builds_the_training_plan_once(client):
    call_command("seed_demo")
    counts = [model.objects.count() for model in (CoursePage, Cohort, Enrollment)]
    call_command("seed_demo")
    assert [model.objects.count() for model in (CoursePage, Cohort, Enrollment)] == counts

    plan = TrainingPlanPage.objects.get()
    assert plan.title == "Plan de formación ATT 2025–2026"
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


def test_the_demo_member_finds_a_survey_to_answer_and_a_course_to_start(client, settings):
    from django.contrib.auth import get_user_model

    from notifications.models import Notification

    settings.DEMO_MODE = True
    call_command("seed_demo")
    client.force_login(get_user_model().objects.get(username="miembro"))
    page = client.get("/formacion/mis-cursos/").content.decode()
    assert "Responder la encuesta del curso" in page
    assert "Cancelar inscripción" in page  # the one that has not started
    invitation = Notification.objects.get(recipient__username="miembro", kind="encuesta")
    assert client.get(invitation.url).status_code == 200
