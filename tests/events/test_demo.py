"""The demo's events: a webinar, a departmental meeting in a space, the 2026 meeting's day linked
to its edition, each with demo members who will attend; `miembro` finds hers in their feed."""

import pytest

from django.contrib.auth import get_user_model

from events.feeds import feed_of
from events.models import Event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]


def test_the_demo_has_events_with_attendees_and_the_member_in_one(client):
    kinds = set(Event.objects.values_list("kind", flat=True))
    assert {"webinar", "presencial", "encuentro"} <= kinds
    assert Event.objects.get(kind="encuentro").edition.year == 2026
    assert Event.objects.filter(kind="presencial", space__isnull=False).exists()
    assert all(event.rsvps.exists() for event in Event.objects.all())
    member = get_user_model().objects.get(username="miembro")
    webinar = Event.objects.filter(rsvps__user=member).upcoming().get()
    body = client.get(f"/eventos/calendario/{feed_of(member).token}.ics").content.decode()
    assert webinar.title[:40] in body.replace("\r\n ", "")
    assert webinar.title in client.get("/eventos/").content.decode()
