"""A publisher creates a cohort in the admin; mistakes get a Spanish message and lose nothing."""

from datetime import timedelta

import pytest

from django.urls import reverse
from django.utils import timezone

from core.templatetags.dates import fecha
from training.models import Cohort

pytestmark = pytest.mark.django_db


def cohort_form(course, **changes):
    today = timezone.localdate()
    data = {
        "course": course.pk,
        "start_date": (today + timedelta(days=30)).isoformat(),
        "end_date": (today + timedelta(days=40)).isoformat(),
        "enrolment_opens": today.isoformat(),
        "enrolment_closes": (today + timedelta(days=20)).isoformat(),
        "online": "on",
        "municipality": "",
        "seats": "2",
        "status": "abierta",
        # the sessions' inline formset, empty
        "sessions-TOTAL_FORMS": "0",
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "0",
        "sessions-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_a_publisher_creates_a_two_seat_cohort(course, publisher_client):
    response = publisher_client.post(reverse("convocatorias:add"), cohort_form(course))
    assert response.status_code == 302
    cohort = Cohort.objects.get()
    assert (cohort.course, cohort.seats, cohort.online) == (course, 2, True)


def test_a_cohort_without_a_place_is_refused_with_a_clear_message(course, publisher_client):
    data = cohort_form(course, online="", seats="25")
    del data["online"]
    response = publisher_client.post(reverse("convocatorias:add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Elija un municipio o marque la convocatoria como en línea." in html
    assert 'value="25"' in html
    assert not Cohort.objects.exists()


def test_the_message_after_saving_names_the_cohort_with_the_sites_date(course, publisher_client):
    start = timezone.localdate() + timedelta(days=30)
    response = publisher_client.post(
        reverse("convocatorias:add"), cohort_form(course, start_date=start.isoformat()), follow=True
    )
    html = response.content.decode()
    assert fecha(start) in html  # "20 de enero de 2027", as everywhere on the site
    assert start.isoformat() not in html
