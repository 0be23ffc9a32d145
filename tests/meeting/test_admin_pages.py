"""An editor opens a call by publishing an edition through the Wagtail page editor."""

from datetime import timedelta

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from meeting.factories import meeting_index
from meeting.models import EditionPage
from reference.models import CapacityType

pytestmark = pytest.mark.django_db


def next_year():
    return timezone.localdate().year + 1


def edition_form(juror, **overrides):
    """Next year's edition, its call open from today for about ten months (dates from today)."""
    today = timezone.localdate()
    year = next_year()
    data = {
        "title": f"Encuentro de buenas prácticas {year}",
        "slug": str(year),
        "summary": "",
        "year": year,
        "starts_on": f"{year}-11-18",
        "ends_on": f"{year}-11-19",
        "place": "Medellín",
        "online_url": "",
        "description": rich_text("<p>Tercera edición.</p>"),
        "selection_criteria": rich_text(""),
        "categories": inline_formset(
            [{"name": "Capacidad sectorial", "capacity_type": CapacityType.objects.first().pk}]
        ),
        "call_opens_at": f"{today:%Y-%m-%d} 00:00",
        "call_closes_at": f"{today + timedelta(days=300):%Y-%m-%d} 23:00",
        "vote_opens_at": "",
        "vote_closes_at": "",
        "vote_phase": "deliberacion",
        "jurors": inline_formset([{"user": juror.pk}]),
        "agenda": streamfield([]),
        "memoria": rich_text(""),
        "memoria_resources": streamfield([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url():
    return f"/admin/pages/add/meeting/editionpage/{meeting_index().pk}/"


def test_editor_publishes_an_edition_with_an_open_call(editor_client, juror):
    response = editor_client.post(add_url(), edition_form(juror))
    assert response.status_code == 302, response.content.decode()[:2000]
    edition = EditionPage.objects.get(year=next_year())
    assert edition.live and edition.call_is_open()
    assert [c.name for c in edition.categories.all()] == ["Capacidad sectorial"]
    assert [j.user for j in edition.jurors.all()] == [juror]
    visitor = Client()  # not `client`: `editor_client` is that same client, logged in
    assert "Convocatoria abierta" in visitor.get(edition.url).content.decode()


def test_edition_with_a_call_closing_before_it_opens_is_refused(editor_client, juror):
    response = editor_client.post(add_url(), edition_form(juror, call_closes_at="2020-01-01 00:00"))
    assert response.status_code == 200
    assert "La convocatoria debe cerrar después de abrir." in response.content.decode()
    assert not EditionPage.objects.filter(year=next_year()).exists()


def test_juror_cannot_add_or_edit_edition_pages(client, juror, edition):
    client.force_login(juror)
    log_in_first = f"{reverse('account_login')}?next={add_url()}"  # jurors have no admin access
    response = client.get(add_url())
    assert (response.status_code, response.url) == (302, log_in_first)
    response = client.post(add_url(), edition_form(juror))
    assert (response.status_code, response.url) == (302, log_in_first)
    assert not EditionPage.objects.filter(year=next_year()).exists()
