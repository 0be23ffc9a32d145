"""Editors keep every event in the admin (Eventos); people without the right cannot."""

import pytest

from events.models import Event

from .conftest import client_for

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/events/event/"


def test_an_editor_lists_and_opens_events_in_the_admin(editor, webinar):
    client = client_for(editor)
    assert webinar.title in client.get(LIST).content.decode()
    response = client.get(f"{LIST}edit/{webinar.pk}/")
    assert response.status_code == 200
    assert "Edición del encuentro".lower() in response.content.decode().lower()


def test_a_moderator_or_publisher_cannot_edit_events_in_the_admin(moderator, publisher, webinar):
    for user in (moderator, publisher):
        client = client_for(user)
        response = client.post(f"{LIST}edit/{webinar.pk}/", {"title": "Cambiado"})
        assert response.status_code in (302, 403)
        assert Event.objects.get(pk=webinar.pk).title == webinar.title
