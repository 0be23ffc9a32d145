"""What an anonymous visitor's POST to a form leaves in the session while they log in: the form's
fields, each at most as long as the form allows, and only a few drafts per address."""

import pytest

from django.contrib.sessions.models import Session
from django.test import Client

from community.drafts import MAX_DRAFT_CHARACTERS, SESSION_KEY

pytestmark = pytest.mark.django_db


def new_thread_url(space):
    return f"/comunidad/espacios/{space.pk}/nuevo-hilo/"


def stored_drafts():
    return [
        data[SESSION_KEY]
        for data in (session.get_decoded() for session in Session.objects.all())
        if SESSION_KEY in data
    ]


def test_a_two_megabyte_post_stores_only_what_the_form_would_take(public_space):
    huge = "x" * 600_000  # four of them: a 2.4 MB post, just under Django's upload limit
    response = Client().post(
        new_thread_url(public_space),
        {"title": huge, "category": "pregunta", "source": huge, "junk": huge, "more": huge},
    )
    assert "/cuenta/ingresar/" in response["Location"]
    (draft,) = stored_drafts()
    assert set(draft["data"]) <= {"title", "category", "source", "capacity_levels",
                                  "capacity_types", "sectors", "departments"}  # fmt: skip
    assert len(draft["data"]["title"][0]) == 200  # ThreadForm's title
    assert len(draft["data"]["source"][0]) == 20000  # and its text
    assert len(Session.objects.get().session_data) < 2 * MAX_DRAFT_CHARACTERS


def test_past_the_rate_an_anonymous_draft_is_not_stored_but_the_visitor_is_sent_to_log_in(
    public_space, settings
):
    settings.COMMUNITY_ANONYMOUS_DRAFT_RATE = "3/h"
    for _ in range(3):
        Client().post(new_thread_url(public_space), {"title": "Mi pregunta", "source": "Texto"})
    assert len(stored_drafts()) == 3
    visitor = Client()
    response = visitor.post(new_thread_url(public_space), {"title": "Otra", "source": "Texto"})
    assert "/cuenta/ingresar/" in response["Location"]
    assert len(stored_drafts()) == 3
    page = visitor.get(response["Location"]).content.decode()
    assert "no pudimos guardar" in page
