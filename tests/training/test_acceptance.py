"""The issue's "done means", as a new user would try it, through the site's own forms."""

import pytest
from icalendar import Calendar

from django.test import Client
from django.urls import reverse

from accounts.factories import UserFactory
from training.factories import CohortFactory, CoursePageFactory
from training.models import Cohort, Enrollment

from .test_cohort_admin import cohort_form

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_two_seats_three_members_one_cancels_and_the_waiting_one_is_promoted(
    plan, publisher_client, mailoutbox, django_capture_on_commit_callbacks
):
    course = CoursePageFactory(
        parent=plan, title="Gestión de regalías", modality="virtual", capacity_levels=["gerencial"]
    )
    other = CoursePageFactory(parent=plan, modality="virtual", capacity_levels=["institucional"])
    CohortFactory(course=other)
    publisher_client.post(reverse("convocatorias:add"), cohort_form(course, seats="2"))
    cohort = Cohort.objects.get(course=course)
    enrol_url = plan.url + plan.reverse_subpage("enrol", args=[cohort.pk])
    cancel_url = plan.url + plan.reverse_subpage("cancel", args=[cohort.pk])

    ana, beto, carla = (UserFactory(username=name) for name in ("ana", "beto", "carla"))
    with django_capture_on_commit_callbacks(execute=True):
        for person in (ana, beto, carla):
            logged_in(person).post(enrol_url)
    statuses = dict(cohort.enrollments.values_list("user__username", "status"))
    assert statuses == {
        "ana": Enrollment.Status.ENROLLED,
        "beto": Enrollment.Status.ENROLLED,
        "carla": Enrollment.Status.WAITLISTED,
    }

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(ana).post(cancel_url)
    assert cohort.enrollments.get(user=carla).status == Enrollment.Status.ENROLLED
    assert [(m.to, m.subject) for m in mailoutbox] == [
        (["carla@example.org"], "Obtuvo un cupo: Gestión de regalías")
    ]

    anonymous = Client()
    query = {"modalidad": "virtual", "nivel": "gerencial"}
    listing = anonymous.get(plan.url, query)
    assert [c.title for c in listing.context["results"].object_list] == ["Gestión de regalías"]
    feed = Calendar.from_ical(anonymous.get(plan.url + "ical/", query).content)
    assert [str(e["UID"]) for e in feed.walk("VEVENT")] == [f"convocatoria-{cohort.pk}@testserver"]
