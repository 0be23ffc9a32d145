"""Who may publish, edit and read the attendees of an event, each tested from the refused side."""

from datetime import timedelta

import pytest

from django.utils import timezone

from events.factories import EventFactory, RsvpFactory
from events.models import Event

from .conftest import client_for

pytestmark = pytest.mark.django_db

NEXT_WEEK = timezone.localtime() + timedelta(days=7)


def form_data(**fields):
    data = {
        "title": "Reunión departamental de planeación",
        "kind": "presencial",
        "starts_at": NEXT_WEEK.strftime("%Y-%m-%dT09:00"),
        "ends_at": NEXT_WEEK.strftime("%Y-%m-%dT12:00"),
        "description": "Agenda **compartida**.",
        "place": "Casa de la Cultura",
        "status": "publicado",
    }
    return data | fields


def test_a_visitor_is_asked_to_sign_in_before_publishing(client):
    response = client.get("/eventos/nuevo/")
    assert response.status_code == 302
    assert "/cuenta/ingresar/" in response["Location"]


def test_a_plain_member_cannot_open_or_send_the_event_form(member_client):
    assert member_client.get("/eventos/nuevo/").status_code == 403
    response = member_client.post("/eventos/nuevo/", form_data())
    assert response.status_code == 403
    assert not Event.objects.exists()


def test_a_plain_member_sees_no_publish_button(member_client):
    assert "Publicar un evento" not in member_client.get("/eventos/").content.decode()


def test_a_plain_member_cannot_edit_an_event(member_client, webinar):
    assert member_client.get(f"/eventos/{webinar.pk}/editar/").status_code == 403
    member_client.post(f"/eventos/{webinar.pk}/editar/", form_data(title="Cambiado por otro"))
    webinar.refresh_from_db()
    assert webinar.title == "Webinar de hacienda territorial"


def test_a_moderator_of_one_space_cannot_publish_in_another(moderator, public_space, other_space):
    response = client_for(moderator).post("/eventos/nuevo/", form_data(space=other_space.pk))
    assert response.status_code == 400
    assert not Event.objects.exists()


def test_a_moderator_cannot_publish_a_site_wide_event(moderator, public_space):
    response = client_for(moderator).post("/eventos/nuevo/", form_data())
    assert response.status_code == 400
    assert "Elija uno de los espacios que usted modera." in response.content.decode()
    assert not Event.objects.exists()


def test_a_moderator_publishes_in_the_space_they_moderate(moderator, public_space):
    response = client_for(moderator).post("/eventos/nuevo/", form_data(space=public_space.pk))
    event = Event.objects.get()
    assert response["Location"] == f"/eventos/{event.pk}/"
    assert event.space == public_space
    assert event.created_by == moderator


def test_a_moderator_cannot_edit_an_event_of_a_space_they_do_not_moderate(moderator, other_space):
    event = EventFactory(space=other_space)
    assert client_for(moderator).get(f"/eventos/{event.pk}/editar/").status_code == 403


def test_a_training_publisher_publishes_a_site_wide_event(publisher):
    client_for(publisher).post("/eventos/nuevo/", form_data(kind="webinar", place="",
                               online_url="https://reuniones.example.org/x"))  # fmt: skip
    assert Event.objects.get().space is None


def test_a_publisher_cannot_edit_another_publishers_event(publisher, editor):
    event = EventFactory(created_by=editor)
    assert client_for(publisher).get(f"/eventos/{event.pk}/editar/").status_code == 403


def test_an_editor_edits_any_event(editor_client, moderator, public_space):
    event = EventFactory(space=public_space, created_by=moderator, kind="webinar")
    data = form_data(kind="webinar", place="", online_url=event.online_url, space=public_space.pk,
                     title="Título corregido por la editora")  # fmt: skip
    response = editor_client.post(f"/eventos/{event.pk}/editar/", data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Título corregido por la editora"
    assert event.space == public_space


def test_the_form_keeps_what_was_typed_and_explains_errors_in_spanish(editor_client):
    data = form_data(ends_at=NEXT_WEEK.strftime("%Y-%m-%dT08:00"), place="")
    response = editor_client.post("/eventos/nuevo/", data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Reunión departamental de planeación" in html
    assert "La hora de fin no puede ser anterior a la de inicio." in html
    assert "Escriba el lugar de un evento presencial." in html
    assert "csrfmiddlewaretoken" in html


def test_only_the_organiser_reads_the_attendees(member_client, member, outsider, webinar):
    RsvpFactory(event=webinar, user=member)
    for client in (member_client, client_for(outsider)):
        assert client.get(f"/eventos/{webinar.pk}/asistentes/").status_code == 403
        assert client.get(f"/eventos/{webinar.pk}/asistentes.csv").status_code == 403


def test_the_organiser_reads_names_only_as_consented(editor_client, webinar):
    from accounts.factories import UserFactory

    shown = UserFactory(first_name="Lucía", last_name="Rosero")
    hidden = UserFactory(first_name="Oculta", last_name="Persona", consent__show_identity=False)
    RsvpFactory(event=webinar, user=shown)
    RsvpFactory(event=webinar, user=hidden)
    html = editor_client.get(f"/eventos/{webinar.pk}/asistentes/").content.decode()
    csv = b"".join(editor_client.get(f"/eventos/{webinar.pk}/asistentes.csv").streaming_content)
    for text in (html, csv.decode()):
        assert "Lucía Rosero" in text
        assert "Oculta" not in text
        assert "Miembro de Red ATT" in text


def test_a_draft_is_seen_only_by_those_who_manage_it(member_client, editor):
    draft = EventFactory(status="borrador", created_by=editor)
    assert member_client.get(f"/eventos/{draft.pk}/").status_code == 404
    assert draft.title not in member_client.get("/eventos/").content.decode()
    assert client_for(editor).get(f"/eventos/{draft.pk}/").status_code == 200


def test_the_editing_form_is_protected_against_cross_site_requests(editor, webinar):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(f"/eventos/{webinar.pk}/editar/", form_data(title="Forjado"))
    assert response.status_code == 403
    webinar.refresh_from_db()
    assert webinar.title != "Forjado"


def test_a_moderator_cannot_move_their_event_to_a_space_they_do_not_moderate(
    moderator, public_space, other_space
):
    event = EventFactory(space=public_space, created_by=moderator, kind="webinar")
    data = form_data(kind="webinar", place="", online_url=event.online_url, space=other_space.pk)
    response = client_for(moderator).post(f"/eventos/{event.pk}/editar/", data)
    assert response.status_code == 400
    event.refresh_from_db()
    assert event.space == public_space


def test_a_moderators_form_offers_only_the_spaces_they_moderate(
    moderator, public_space, other_space
):
    html = client_for(moderator).get("/eventos/nuevo/").content.decode()
    assert "Hacienda territorial" in html
    assert "Catastro multipropósito" not in html
    assert "Ninguno: evento de toda la Red" not in html
