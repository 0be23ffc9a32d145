"""A private space's events reach its members alone: not in lists, the month calendar, the public
calendar feed, the event page, search, the sitemap or the home page, for anyone else."""

import pytest

from django.utils import timezone

from events.factories import RsvpFactory

from .conftest import client_for

pytestmark = pytest.mark.django_db

TITLE = "Reunión reservada del Pacífico"


def month_path(event):
    start = timezone.localtime(event.starts_at)
    return f"/eventos/calendario/{start.year}/{start.month}/"


def pages_listing(event):
    return ["/eventos/", month_path(event), "/"]


def test_a_member_of_the_space_sees_its_event_everywhere(member, private_event):
    client = client_for(member)
    for path in pages_listing(private_event):
        assert TITLE in client.get(path).content.decode(), path
    assert client.get(f"/eventos/{private_event.pk}/").status_code == 200


@pytest.mark.parametrize("who", ["visitor", "outsider"])
def test_a_non_member_never_sees_a_private_space_event(who, client, outsider, private_event):
    if who == "outsider":
        client.force_login(outsider)
    for path in pages_listing(private_event):
        assert TITLE not in client.get(path).content.decode(), path
    assert client.get(f"/eventos/{private_event.pk}/").status_code == 404
    assert client.get(f"/eventos/{private_event.pk}/asistentes/").status_code in (302, 404)


def test_a_non_member_cannot_rsvp_to_a_private_space_event(outsider, private_event):
    response = client_for(outsider).post(f"/eventos/{private_event.pk}/asistire/")
    assert response.status_code == 404
    assert not private_event.rsvps.exists()


def test_the_public_calendar_feed_leaves_private_space_events_out(client, private_event, webinar):
    body = client.get("/eventos/calendario.ics").content.decode()
    assert webinar.title in body
    assert TITLE not in body


def test_private_space_events_are_not_found_by_search_or_listed_in_the_sitemap(
    client, outsider, private_event
):
    client.force_login(outsider)
    assert TITLE not in client.get("/buscar/?q=Pacífico").content.decode()
    assert f"/eventos/{private_event.pk}/" not in client.get("/sitemap.xml").content.decode()


def test_a_member_who_leaves_the_space_loses_its_event_from_their_feed(member, private_event):
    from events.feeds import feed_of

    RsvpFactory(event=private_event, user=member)
    token = feed_of(member).token
    client = client_for(member)
    assert TITLE in client.get(f"/eventos/calendario/{token}.ics").content.decode()
    member.space_memberships.all().delete()
    assert TITLE not in client.get(f"/eventos/calendario/{token}.ics").content.decode()
