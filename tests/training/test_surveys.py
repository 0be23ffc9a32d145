"""Course surveys (issue 18): when a cohort ends its seated members are asked once, and they (and
only they) answer, and may change the answer while the survey is open."""

import io
from datetime import datetime, time, timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.factories import UserFactory
from notifications.models import EmailPreference, Notification
from training.enrolment import cancel, enrol
from training.factories import CohortFactory
from training.models import Cohort, CourseEvaluation
from training.surveys import OPEN_DAYS, SURVEY, send_surveys

pytestmark = pytest.mark.django_db


def day_after_end(cohort, days=1):
    """Noon, `days` days after the cohort's last day, in the site's time zone."""
    return timezone.make_aware(datetime.combine(cohort.end_date + timedelta(days=days), time(12)))


def run_command_on(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("send_course_surveys", stdout=io.StringIO())


def surveys():
    return Notification.objects.filter(kind=SURVEY)


def survey_url(plan, cohort):
    return plan.url + plan.reverse_subpage("survey", args=[cohort.pk])


@pytest.fixture
def taken(cohort, people):
    """The two-seat cohort: two seated, one waiting, one who cancelled."""
    seated, also_seated, waiting, gone = people
    for person in (seated, also_seated, gone):
        enrol(person, cohort)
    cancel(gone, cohort)
    enrol(waiting, cohort)
    return cohort


# Sending: who is asked, when, and only once.


def test_the_seated_members_of_a_finished_cohort_are_asked_once(plan, taken, people):
    seated, also_seated, waiting, gone = people
    cohort = Cohort.objects.get(pk=taken.pk)
    run_command_on(day_after_end(cohort, days=0))  # its last day: not yet
    assert not surveys().exists()

    run_command_on(day_after_end(cohort))
    run_command_on(day_after_end(cohort))  # the same day again
    run_command_on(day_after_end(cohort, days=2))  # and the next day

    assert sorted(surveys().values_list("recipient", flat=True)) == sorted(
        [seated.pk, also_seated.pk]
    )
    notice = surveys().first()
    assert notice.url == survey_url(plan, cohort)
    assert "Presupuesto público territorial" in notice.text


def test_a_waiting_or_cancelled_member_and_other_cohorts_get_no_survey(course, taken, people):
    seated, also_seated, waiting, gone = people
    still_running = CohortFactory(course=course, end_date=taken.end_date + timedelta(days=5))
    newcomer = UserFactory()
    enrol(newcomer, still_running)
    run_command_on(day_after_end(taken))
    told = set(surveys().values_list("recipient", flat=True))
    assert waiting.pk not in told and gone.pk not in told and newcomer.pk not in told


def test_a_cancelled_cohort_sends_no_survey(taken):
    taken.status = Cohort.Status.CANCELLED
    taken.save()
    run_command_on(day_after_end(taken))
    assert not surveys().exists()


def test_cohorts_that_ended_before_the_survey_period_are_not_surveyed_late(taken):
    """Deploying the command must not ask about courses that ended long ago."""
    run_command_on(day_after_end(taken, days=OPEN_DAYS + 1))
    assert not surveys().exists()


def test_the_survey_notice_follows_the_members_email_preference(
    taken, people, django_capture_on_commit_callbacks
):
    seated, also_seated, *_ = people
    EmailPreference.objects.create(user=also_seated, frequency=EmailPreference.Frequency.NONE)
    EmailPreference.objects.update_or_create(
        user=seated, defaults={"frequency": EmailPreference.Frequency.IMMEDIATE}
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_surveys(now=day_after_end(taken)) == 2
    assert [message.to for message in mail.outbox] == [[seated.email]]
    assert "encuesta" in mail.outbox[0].body


# Answering: the seated member, one changeable answer while the survey is open.

GOOD = {
    "satisfaction": "5",
    "usefulness": "4",
    "content_quality": "4",
    "organisation": "3",
    "would_recommend": "si",
    "comments": "Los ejercicios con el presupuesto real del municipio sirvieron mucho.",
}


@pytest.fixture
def ended(taken):
    """The cohort, moved to have ended yesterday (the seats were taken while it was open)."""
    today = timezone.localdate()
    Cohort.objects.filter(pk=taken.pk).update(
        start_date=today - timedelta(days=10), end_date=today - timedelta(days=1)
    )
    return Cohort.objects.get(pk=taken.pk)


def logged_in(client, user):
    client.force_login(user)
    return client


def test_a_seated_member_answers_from_mis_cursos_and_may_change_the_answer(
    client, plan, ended, people
):
    seated = people[0]
    logged_in(client, seated)
    mine = client.get(plan.url + plan.reverse_subpage("my_courses")).content.decode()
    assert "Responder la encuesta del curso" in mine
    assert survey_url(plan, ended) in mine

    page = client.get(survey_url(plan, ended)).content.decode()
    assert 'name="csrfmiddlewaretoken"' in page
    response = client.post(survey_url(plan, ended), GOOD)
    assert response.status_code == 302
    answer = CourseEvaluation.objects.get(respondent=seated, cohort=ended)
    assert (answer.satisfaction, answer.organisation, answer.would_recommend) == (5, 3, True)

    mine = client.get(plan.url + plan.reverse_subpage("my_courses")).content.decode()
    assert "Cambiar mi respuesta a la encuesta" in mine
    page = client.get(survey_url(plan, ended)).content.decode()
    assert "Usted ya respondió" in page and "Los ejercicios con el presupuesto" in page

    client.post(survey_url(plan, ended), {**GOOD, "would_recommend": "no", "organisation": "2"})
    answer = CourseEvaluation.objects.get(respondent=seated, cohort=ended)  # still one answer
    assert (answer.organisation, answer.would_recommend) == (2, False)


def test_a_missing_answer_gets_a_spanish_error_and_keeps_what_was_typed(
    client, plan, ended, people
):
    logged_in(client, people[0])
    incomplete = {**GOOD, "satisfaction": "", "would_recommend": "", "usefulness": "9"}
    response = client.post(survey_url(plan, ended), incomplete)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Elija un valor de 1 a 5." in page and "Elija sí o no." in page
    assert "Los ejercicios con el presupuesto real del municipio sirvieron mucho." in page
    kept = BeautifulSoup(page, "html.parser").select("input[name=content_quality][checked]")
    assert [box["value"] for box in kept] == ["4"]
    assert page.count("Elija un valor de 1 a 5.") >= 2  # the missing one and the one out of range
    assert not CourseEvaluation.objects.exists()


@pytest.mark.parametrize("who", ["waiting", "gone", "stranger"])
def test_only_members_who_held_a_seat_may_answer(client, plan, ended, people, who):
    seated, also_seated, waiting, gone = people
    person = {"waiting": waiting, "gone": gone, "stranger": UserFactory()}[who]
    logged_in(client, person)
    response = client.get(survey_url(plan, ended))
    assert response.status_code == 403
    assert "quienes tuvieron un cupo" in response.content.decode()
    assert client.post(survey_url(plan, ended), GOOD).status_code == 403
    assert not CourseEvaluation.objects.exists()


def test_an_anonymous_visitor_logs_in_and_comes_back_to_the_survey(client, plan, ended):
    response = client.get(survey_url(plan, ended))
    assert response.status_code == 302
    assert "/cuenta/" in response.url and "next=" in response.url
    assert client.post(survey_url(plan, ended), GOOD).status_code == 302
    assert not CourseEvaluation.objects.exists()


def test_the_survey_takes_no_answer_before_the_end_nor_after_it_closes(client, plan, taken, people):
    logged_in(client, people[0])
    page = client.get(survey_url(plan, taken)).content.decode()
    assert "La encuesta se abre cuando termine el curso" in page
    assert "<form" not in page.split("<main", 1)[-1]
    client.post(survey_url(plan, taken), GOOD)
    today = timezone.localdate()
    Cohort.objects.filter(pk=taken.pk).update(
        start_date=today - timedelta(days=50), end_date=today - timedelta(days=OPEN_DAYS + 1)
    )
    response = client.post(survey_url(plan, taken), GOOD)
    assert "La encuesta cerró el" in response.content.decode()
    assert not CourseEvaluation.objects.exists()


def test_mis_cursos_offers_no_survey_to_someone_waiting(client, plan, ended, people):
    logged_in(client, people[2])
    response = client.get(plan.url + plan.reverse_subpage("my_courses"))
    assert response.status_code == 200
    mine = response.content.decode()
    assert "Presupuesto público territorial" in mine and "En lista de espera" in mine
    assert "encuesta" not in mine.lower()


def test_an_empty_submit_says_what_is_missing(client, plan, ended, people):
    logged_in(client, people[0])
    response = client.post(survey_url(plan, ended), {})
    assert response.status_code == 400
    assert "Elija un valor de 1 a 5." in response.content.decode()
