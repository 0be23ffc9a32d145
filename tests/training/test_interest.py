""" "Avísenme": on a course with no open cohort a member asks to be told when one opens (and may
take it back); when a cohort opens they are told once, and the list is cleared."""

import io
from datetime import timedelta

import pytest

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from accounts.data_rights import collect, delete_account
from notifications.models import Notification
from training.factories import CohortFactory
from training.models import Cohort, CourseInterest
from training.notices import COURSE

pytestmark = pytest.mark.django_db


def interest_url(course):
    return course.url + course.reverse_subpage("interest")


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


def opened_notices():
    return Notification.objects.filter(kind=COURSE)


def later_cohort(course, opens_in=10):
    """A cohort whose enrolment opens in `opens_in` days."""
    today = timezone.localdate()
    return CohortFactory(
        course=course,
        enrolment_opens=today + timedelta(days=opens_in),
        enrolment_closes=today + timedelta(days=opens_in + 20),
        start_date=today + timedelta(days=opens_in + 30),
    )


def test_a_member_asks_to_be_told_and_may_take_it_back(course, member):
    client = client_of(member)
    page = client.get(course.url).content.decode()
    assert "Avísenme cuando abra una convocatoria" in page
    assert 'name="csrfmiddlewaretoken"' in page

    response = client.post(interest_url(course))
    assert response.status_code == 302 and response.url.endswith("#avisenme")
    assert CourseInterest.objects.filter(user=member, course=course).exists()
    client.post(interest_url(course))  # twice is still once
    assert CourseInterest.objects.count() == 1
    page = client.get(course.url).content.decode()
    assert "Le avisaremos cuando este curso abra una convocatoria." in page

    client.post(interest_url(course), {"action": "quitar"})
    assert not CourseInterest.objects.exists()


def test_an_anonymous_visitor_is_sent_to_log_in_and_back(course, client):
    page = client.get(course.url).content.decode()
    assert "Ingrese para pedir el aviso" in page
    response = client.post(interest_url(course))
    assert response.status_code == 302 and "next=" in response.url
    assert not CourseInterest.objects.exists()


def test_a_course_with_an_open_cohort_offers_enrolment_not_the_list(plan, course, cohort, member):
    client = client_of(member)
    response = client.get(course.url)
    assert response.status_code == 200
    page = response.content.decode()
    assert plan.url + plan.reverse_subpage("enrol", args=[cohort.pk]) in page
    assert "Avísenme" not in page
    client.post(interest_url(course))
    assert not CourseInterest.objects.exists()


def test_saving_an_open_cohort_tells_everyone_waiting_once_and_clears_the_list(course, people):
    waiting, also_waiting, bystander, _ = people
    for person in (waiting, also_waiting):
        client_of(person).post(interest_url(course))

    cohort = CohortFactory(course=course)  # open for enrolment today
    told = opened_notices()
    assert sorted(told.values_list("recipient", flat=True)) == sorted([waiting.pk, also_waiting.pk])
    assert told.first().url == course.url
    assert "Se abrió una convocatoria" in told.first().text
    assert not CourseInterest.objects.exists()

    cohort.seats = 30
    cohort.save()
    CohortFactory(course=course)
    assert opened_notices().count() == 2  # nobody told twice, the bystander never


def test_a_cohort_opening_later_is_announced_by_the_daily_command_on_its_day(course, people):
    waiting = people[0]
    client_of(waiting).post(interest_url(course))
    cohort = later_cohort(course)
    call_command("send_course_openings", stdout=io.StringIO())
    assert not opened_notices().exists()  # enrolment has not opened yet
    assert CourseInterest.objects.exists()

    Cohort.objects.filter(pk=cohort.pk).update(enrolment_opens=timezone.localdate())
    call_command("send_course_openings", stdout=io.StringIO())
    call_command("send_course_openings", stdout=io.StringIO())
    assert list(opened_notices().values_list("recipient", flat=True)) == [waiting.pk]


def test_a_cancelled_or_closed_cohort_announces_nothing(course, member):
    client_of(member).post(interest_url(course))
    CohortFactory(course=course, status=Cohort.Status.CANCELLED)
    CohortFactory(course=course, status=Cohort.Status.CLOSED)
    call_command("send_course_openings", stdout=io.StringIO())
    assert not opened_notices().exists()
    assert CourseInterest.objects.exists()


def test_the_publisher_sees_how_many_are_waiting_and_members_do_not(
    course, people, publisher_client
):
    for person in people[:3]:
        client_of(person).post(interest_url(course))
    assert "3 personas pidieron que les avisen" in publisher_client.get(course.url).content.decode()
    assert "pidieron que les avisen" not in client_of(people[3]).get(course.url).content.decode()


def test_the_list_is_in_mis_datos_and_goes_with_the_account(course, member):
    client_of(member).post(interest_url(course))
    sections = {section.key: section for section in collect(member)}
    assert sections["avisos_de_convocatorias"].data[0]["curso"] == course.title
    delete_account(member)
    assert not CourseInterest.objects.exists()
