"""The events' pages: the upcoming list (constant queries), past events, the month calendar,
an event's page with its description made safe and its schema.org data, and their weight."""

import gzip
from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import EventFactory, RsvpFactory
from tests.site.test_page_weight import BUDGET, StaticAssets, compressed_size

from .conftest import client_for

pytestmark = pytest.mark.django_db


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_upcoming_list_costs_the_same_queries_for_3_or_12_events(member, public_space):
    client = client_for(member)
    for n in range(3):
        event = EventFactory(space=public_space if n % 2 else None)
        RsvpFactory(event=event)
    client.get("/eventos/")  # warm caches (site root, menus)
    few = queries_for(client, "/eventos/")
    for n in range(9):
        event = EventFactory(space=public_space if n % 2 else None, municipality=None)
        RsvpFactory.create_batch(2, event=event)
    assert queries_for(client, "/eventos/") == few


def test_the_list_shows_upcoming_events_with_their_attendee_count(client, webinar):
    RsvpFactory.create_batch(2, event=webinar)
    then = timezone.now() - timedelta(days=300)
    old = EventFactory(title="Webinar del año pasado", starts_at=then, ends_at=then)
    html = client.get("/eventos/").content.decode()
    assert webinar.title in html
    assert "2 asistirán" in html
    assert old.title not in html
    assert old.title in client.get("/eventos/anteriores/").content.decode()


def test_the_month_calendar_puts_each_event_on_its_day(client, webinar):
    start = timezone.localtime(webinar.starts_at)
    response = client.get("/eventos/calendario/")
    assert response.status_code == 302
    html = client.get(f"/eventos/calendario/{start.year}/{start.month}/").content.decode()
    assert '<table class="month-calendar">' in html
    assert webinar.title in html
    assert f"{start.day} de " in html  # the day written out, for phones and screen readers
    assert client.get("/eventos/calendario/2026/13/").status_code == 404


def test_the_main_navigation_links_to_events(client):
    assert 'href="/eventos/"' in client.get("/eventos/").content.decode()


def test_the_profile_links_to_the_personal_calendar(member_client):
    assert "/eventos/mi-calendario/" in member_client.get("/cuenta/perfil/").content.decode()


def test_the_description_is_markdown_made_safe(client):
    event = EventFactory(
        description="**Agenda** <script>alert(1)</script> [x](javascript:alert(1))"
    )
    html = client.get(f"/eventos/{event.pk}/").content.decode()
    assert "<strong>Agenda</strong>" in html
    assert "<script>alert(1)" not in html
    assert "javascript:alert" not in html


def test_the_event_page_carries_its_schema_org_event(rf, webinar):
    from reference.models import Entity, Municipality

    webinar.kind = "hibrido"
    webinar.place = "Casa de la Cultura"
    webinar.municipality = Municipality.objects.filter(code="52356").first()
    webinar.organiser = Entity.objects.filter(acronym="ESAP").first()
    data = webinar.schema_org(rf.get("/"))
    assert data["@type"] == "Event"
    assert data["name"] == webinar.title
    assert data["startDate"] == timezone.localtime(webinar.starts_at).isoformat()
    assert data["startDate"].endswith("-05:00")  # Bogotá
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["name"] == "Casa de la Cultura"
    assert virtual == {"@type": "VirtualLocation", "url": webinar.online_url}
    assert data["organizer"]["name"] == webinar.organiser.name
    assert data["url"] == f"http://testserver/eventos/{webinar.pk}/"
    webinar.status = "cancelado"
    assert webinar.schema_org(rf.get("/"))["eventStatus"] == "https://schema.org/EventCancelled"


def test_the_detail_view_hands_the_schema_object_to_the_page_head(client, webinar):
    response = client.get(f"/eventos/{webinar.pk}/")
    assert response.context["schema_object"]["name"] == webinar.title


@pytest.mark.parametrize("path", ["/eventos/", "detail", "month"])
def test_event_pages_stay_under_50_kb_transferred(client, webinar, path):
    start = timezone.localtime(webinar.starts_at)
    paths = {
        "detail": f"/eventos/{webinar.pk}/",
        "month": f"/eventos/calendario/{start.year}/{start.month}/",
    }
    path = paths.get(path, path)
    response = client.get(path)
    assets = StaticAssets()
    html = response.content.decode()
    assets.feed(html)
    weight = len(gzip.compress(response.content)) + sum(map(compressed_size, assets.paths))
    assert weight < BUDGET
    assert "style=" not in html
