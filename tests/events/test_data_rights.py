"""RSVPs in "Mis datos" and its downloads; the account's deletion takes them and the feed."""

import json

import pytest

from accounts.data_rights import delete_account
from events.factories import RsvpFactory
from events.feeds import feed_of
from events.models import CalendarFeed, Event, Rsvp

pytestmark = pytest.mark.django_db


def test_a_members_rsvps_appear_in_my_data_and_its_download(member_client, member, webinar):
    RsvpFactory(event=webinar, user=member)
    feed_of(member)
    assert webinar.title in member_client.get("/cuenta/mis-datos/").content.decode()
    data = json.loads(member_client.get("/cuenta/mis-datos/descargar.json").content)
    flat = json.dumps(data, ensure_ascii=False)
    assert webinar.title in flat
    assert "asistencia_a_eventos" in flat
    assert feed_of(member).token not in flat  # the secret itself is never exported
    csv = b"".join(member_client.get("/cuenta/mis-datos/descargar.csv").streaming_content)
    assert webinar.title in csv.decode("utf-8-sig")


def test_deleting_the_account_takes_rsvps_and_the_feed_and_keeps_the_event(member, editor, webinar):
    RsvpFactory(event=webinar, user=member)
    token = feed_of(member).token
    delete_account(member)
    assert not Rsvp.objects.exists()
    assert not CalendarFeed.objects.filter(token=token).exists()
    delete_account(editor)
    assert Event.objects.get().created_by is None
