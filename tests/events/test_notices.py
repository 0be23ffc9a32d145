"""The day-before reminder to those who will attend (exactly once each), and the notice that an
event was cancelled, through the site's notifications."""

import io
from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.factories import EventFactory, RsvpFactory
from events.notices import send_event_reminders
from notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def tomorrow_event(member):
    event = EventFactory(title="Webinar de mañana", starts_at=timezone.now() + timedelta(hours=20))
    RsvpFactory(event=event, user=member)
    return event


def test_members_who_will_attend_are_reminded_a_day_before_once(member, tomorrow_event, committed):
    with committed():
        assert send_event_reminders() == 1
        assert send_event_reminders() == 0
    notice = Notification.objects.get(recipient=member)
    assert "Recordatorio: «Webinar de mañana»" in notice.text
    assert notice.url == f"/eventos/{tomorrow_event.pk}/"
    assert len(mail.outbox) == 1
    assert "Webinar de mañana" in mail.outbox[0].subject


def test_nobody_is_reminded_of_an_event_more_than_a_day_away_or_cancelled(member):
    later = EventFactory(starts_at=timezone.now() + timedelta(days=3))
    cancelled = EventFactory(starts_at=timezone.now() + timedelta(hours=5), status="cancelado")
    for event in (later, cancelled):
        RsvpFactory(event=event, user=member)
    Notification.objects.all().delete()  # the cancellation's own notice
    assert send_event_reminders() == 0
    assert not Notification.objects.exists()


def test_the_command_reminds_and_says_how_many(tomorrow_event):
    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    call_command("send_event_reminders", stdout=out)
    assert out.getvalue().splitlines() == ["Recordatorios enviados: 1", "Recordatorios enviados: 0"]


def test_cancelling_tells_those_who_will_attend_once(
    editor_client, member, outsider, tomorrow_event, committed
):
    event = tomorrow_event
    data = {
        "title": event.title, "kind": "webinar", "online_url": event.online_url,
        "starts_at": timezone.localtime(event.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "ends_at": timezone.localtime(event.ends_at).strftime("%Y-%m-%dT%H:%M"),
        "status": "cancelado",
    }  # fmt: skip
    with committed():  # the task worker tells them once the cancellation commits
        assert editor_client.post(f"/eventos/{event.pk}/editar/", data).status_code == 302
    event.refresh_from_db()
    with committed():
        event.save()  # saved again (from the admin, say): no second notice
    notice = Notification.objects.get(recipient=member)
    assert "Se canceló el evento «Webinar de mañana»" in notice.text
    assert not Notification.objects.filter(recipient=outsider).exists()
    assert send_event_reminders() == 0  # nor a reminder of what will not happen


def test_a_member_who_left_a_private_space_hears_nothing_of_its_event(member, private_event):
    from datetime import timedelta as td

    private_event.starts_at = timezone.now() + td(hours=10)
    private_event.ends_at = private_event.starts_at + td(hours=2)
    private_event.save()
    RsvpFactory(event=private_event, user=member)
    member.space_memberships.all().delete()
    send_event_reminders()
    private_event.status = "cancelado"
    private_event.save()
    assert not Notification.objects.filter(recipient=member).exists()
