"""Saying "Asistiré" and "Ya no asistiré" on an event's page; a full event says "Cupo lleno"."""

from datetime import timedelta

import pytest

from django.utils import timezone

from events.factories import EventFactory, RsvpFactory

from .conftest import client_for

pytestmark = pytest.mark.django_db


def test_a_member_says_they_will_attend_and_sees_the_count(member_client, member, webinar):
    response = member_client.post(f"/eventos/{webinar.pk}/asistire/", follow=True)
    html = response.content.decode()
    assert webinar.rsvps.filter(user=member).exists()
    assert "Listo: su asistencia quedó confirmada." in html
    assert "1 persona confirmó asistencia" in html
    assert "Ya no asistiré" in html


def test_a_member_who_will_not_attend_after_all_frees_the_seat(member_client, member, webinar):
    RsvpFactory(event=webinar, user=member)
    response = member_client.post(f"/eventos/{webinar.pk}/no-asistire/", follow=True)
    assert not webinar.rsvps.exists()
    assert "0 personas confirmaron asistencia" in response.content.decode()


def test_a_full_event_says_cupo_lleno_and_takes_nobody_else(member_client, member, webinar):
    RsvpFactory.create_batch(2, event=webinar)  # capacity 2
    html = member_client.get(f"/eventos/{webinar.pk}/").content.decode()
    assert "Cupo lleno" in html
    assert "Asistiré</button>" not in html
    response = member_client.post(f"/eventos/{webinar.pk}/asistire/", follow=True)
    assert "Cupo lleno" in response.content.decode()
    assert webinar.rsvps.count() == 2
    assert not webinar.rsvps.filter(user=member).exists()


def test_a_visitor_is_asked_to_sign_in_and_comes_back_to_the_event(client, webinar):
    html = client.get(f"/eventos/{webinar.pk}/").content.decode()
    assert f"/cuenta/ingresar/?next=/eventos/{webinar.pk}/" in html
    response = client.post(f"/eventos/{webinar.pk}/asistire/")
    assert response.status_code == 302
    assert response["Location"].startswith("/cuenta/ingresar/?next=")
    assert not webinar.rsvps.exists()


def test_rsvp_only_by_post_with_a_csrf_token(member, webinar):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.get(f"/eventos/{webinar.pk}/asistire/").status_code == 405
    assert client.post(f"/eventos/{webinar.pk}/asistire/").status_code == 403
    assert not webinar.rsvps.exists()


def test_nobody_confirms_for_a_cancelled_or_finished_event(member):
    cancelled = EventFactory(status="cancelado")
    then = timezone.now() - timedelta(days=2)
    over = EventFactory(starts_at=then, ends_at=then + timedelta(hours=1))
    client = client_for(member)
    response = client.post(f"/eventos/{cancelled.pk}/asistire/", follow=True)
    assert "Este evento fue cancelado." in response.content.decode()
    response = client.post(f"/eventos/{over.pk}/asistire/", follow=True)
    assert "Este evento ya terminó." in response.content.decode()
    assert not cancelled.rsvps.exists() and not over.rsvps.exists()
