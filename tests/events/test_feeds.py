"""Each member's private iCal feed: their events and their cohorts, behind a token they can reset
(the old URL then answers 404); and the public feed of every public event."""

from datetime import timedelta

import pytest
from icalendar import Calendar

from django.utils import timezone

from events.factories import EventFactory, RsvpFactory
from events.feeds import feed_of

from .conftest import client_for

pytestmark = pytest.mark.django_db


def summaries(response):
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return [str(component["summary"]) for component in calendar.walk("VEVENT")]


def feed_path(user):
    return f"/eventos/calendario/{feed_of(user).token}.ics"


def test_a_member_rsvps_and_finds_the_event_in_their_feed(member_client, member, webinar):
    member_client.post(f"/eventos/{webinar.pk}/asistire/")
    page = member_client.get("/eventos/mi-calendario/").content.decode()
    token = feed_of(member).token
    assert f"/eventos/calendario/{token}.ics" in page
    from django.test import Client

    response = Client().get(f"/eventos/calendario/{token}.ics")  # calendars fetch signed out
    assert summaries(response) == [webinar.title]
    assert response["Cache-Control"] == "private, no-store"


def test_the_feed_holds_the_event_as_a_timed_event_with_its_link(member, webinar):
    RsvpFactory(event=webinar, user=member)
    calendar = Calendar.from_ical(client_for(member).get(feed_path(member)).content)
    (component,) = calendar.walk("VEVENT")
    assert component.decoded("dtstart") == webinar.starts_at.replace(microsecond=0)
    assert webinar.online_url in str(component["description"])
    assert str(component["url"]).endswith(f"/eventos/{webinar.pk}/")


def test_someone_elses_token_never_shows_another_members_events(member, outsider, webinar):
    RsvpFactory(event=webinar, user=member)
    other = EventFactory(title="Evento de otra persona")
    RsvpFactory(event=other, user=outsider)
    assert summaries(client_for(member).get(feed_path(outsider))) == ["Evento de otra persona"]
    assert summaries(client_for(outsider).get(feed_path(member))) == [webinar.title]


def test_a_new_link_retires_the_old_one(member_client, member, webinar):
    RsvpFactory(event=webinar, user=member)
    old = feed_path(member)
    assert member_client.get(old).status_code == 200
    response = member_client.post("/eventos/mi-calendario/", follow=True)
    assert "El anterior ya no funciona" in response.content.decode()
    assert member_client.get(old).status_code == 404
    new = feed_path(member)
    assert new != old
    assert summaries(member_client.get(new)) == [webinar.title]


def test_opening_the_page_does_not_reset_the_link(member_client, member):
    before = feed_path(member)
    member_client.get("/eventos/mi-calendario/")
    assert feed_path(member) == before


def test_a_made_up_or_truncated_token_answers_404(client, member):
    token = feed_of(member).token
    for guess in ("x" * 43, token[:12] + "y" * 31, token[:-1], token[:12]):
        assert client.get(f"/eventos/calendario/{guess}.ics").status_code == 404


def test_the_personal_calendar_page_asks_a_visitor_to_sign_in(client):
    response = client.post("/eventos/mi-calendario/")
    assert response.status_code == 302
    assert "/cuenta/ingresar/" in response["Location"]


def test_the_feed_holds_the_members_cohort_sessions_or_the_whole_cohort(member):
    from training.factories import CohortFactory, CoursePageFactory, create_plan
    from training.models import CohortSession, Enrollment

    plan = create_plan()
    with_sessions = CohortFactory(course=CoursePageFactory(parent=plan, title="Catastro"))
    without = CohortFactory(course=CoursePageFactory(parent=plan, title="Presupuesto"))
    CohortFactory(course=CoursePageFactory(parent=plan, title="Contratación"))
    start = timezone.now() + timedelta(days=3)
    CohortSession.objects.create(
        cohort=with_sessions, starts_at=start, ends_at=start + timedelta(hours=3), place="Pasto"
    )
    for cohort in (with_sessions, without):
        Enrollment.objects.create(user=member, cohort=cohort, status=Enrollment.Status.ENROLLED)
    calendar = Calendar.from_ical(client_for(member).get(feed_path(member)).content)
    by_summary = {str(c["summary"]): c for c in calendar.walk("VEVENT")}
    assert by_summary["Catastro"].decoded("dtstart") == start.replace(microsecond=0)
    assert any(title.startswith("Presupuesto") for title in by_summary)  # all-day, with its place
    assert not any(title.startswith("Contratación") for title in by_summary)


def test_the_public_feed_lists_public_events(client, webinar):
    cancelled = EventFactory(title="Webinar cancelado", status="cancelado")
    body = client.get("/eventos/calendario.ics")
    assert sorted(summaries(body)) == sorted([webinar.title, cancelled.title])
    assert "STATUS:CANCELLED" in body.content.decode()
