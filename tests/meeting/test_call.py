"""The call for nominations: open for members while its window lasts, refused clearly after."""

import pytest

from django.test import Client
from django.urls import reverse

from meeting.factories import NominationFactory, create_edition
from meeting.models import Nomination

pytestmark = pytest.mark.django_db


def nominate_url(edition):
    return edition.url + "postular/"


def test_open_call_invites_members_to_nominate(client, edition):
    page = client.get(edition.url).content.decode()
    assert "Convocatoria abierta" in page
    assert nominate_url(edition) in page


def test_member_nominates_a_published_practice_while_the_call_is_open(
    member_client, member, edition, practices
):
    response = member_client.post(
        nominate_url(edition),
        {"practice": practices[0].pk, "category": edition.categories.first().pk, "statement": "¡"},
        follow=True,
    )
    assert (
        "Recibimos la postulación de «Catastro multipropósito en Pasto»"
        in response.content.decode()
    )
    nomination = Nomination.objects.get()
    assert (nomination.edition, nomination.practice, nomination.nominated_by) == (
        edition,
        practices[0],
        member,
    )
    assert nomination.status == Nomination.Status.RECEIVED


def test_closed_call_says_so_and_refuses_a_forged_post(member_client, practices, juror):
    edition = create_edition(year=2024, call="closed")
    page = member_client.get(nominate_url(edition)).content.decode()
    assert "La convocatoria de 2024 está cerrada: ya no se reciben postulaciones." in page
    assert "Enviar postulación" not in page
    response = member_client.post(
        nominate_url(edition),
        {"practice": practices[0].pk, "category": edition.categories.first().pk},
    )
    assert "está cerrada" in response.content.decode()
    assert not Nomination.objects.exists()


def test_upcoming_call_announces_its_opening(client, practices):
    edition = create_edition(year=2027, call="upcoming")
    assert "La convocatoria abre el" in client.get(edition.url).content.decode()
    assert not edition.call_is_open()


def test_a_practice_cannot_be_nominated_twice_to_the_same_edition(
    member_client, edition, practices
):
    data = {"practice": practices[0].pk, "category": edition.categories.first().pk}
    member_client.post(nominate_url(edition), data)
    response = member_client.post(nominate_url(edition), data)
    assert "Revise los campos marcados" in response.content.decode()
    assert Nomination.objects.count() == 1


def test_a_draft_practice_cannot_be_nominated(member_client, edition, library):
    from knowledge.factories import PracticePageFactory

    draft = PracticePageFactory(parent=library, live=False)
    response = member_client.post(
        nominate_url(edition), {"practice": draft.pk, "category": edition.categories.first().pk}
    )
    assert "Revise los campos marcados" in response.content.decode()
    assert not Nomination.objects.exists()


def test_anonymous_visitor_is_sent_to_log_in(client, edition):
    response = client.get(nominate_url(edition))
    assert response.status_code == 302 and "/cuenta/ingresar/" in response["Location"]


def test_nomination_form_requires_csrf(member, edition, practices):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(
        nominate_url(edition),
        {"practice": practices[0].pk, "category": edition.categories.first().pk},
    )
    assert response.status_code == 403
    assert not Nomination.objects.exists()


def test_open_call_offers_sharing_a_new_practice_through_the_community(client, edition):
    """A practice not yet in the library goes through "compartir" (and editorial review) first."""
    page = client.get(edition.url).content.decode()
    assert "Compártala primero" in page
    assert reverse("community:share_practice") in page


def test_the_form_offers_no_practice_already_nominated_to_an_earlier_edition(
    member_client, practices, juror
):
    past = create_edition(year=2025, call="closed", jurors=[juror])
    NominationFactory(edition=past, practice=practices[0], status=Nomination.Status.WINNER)
    edition = create_edition(year=2026, call="open")
    form = member_client.get(nominate_url(edition)).content.decode()
    assert "Presupuesto participativo en Ipiales" in form
    assert "Catastro multipropósito en Pasto" not in form
    response = member_client.post(
        nominate_url(edition),
        {"practice": practices[0].pk, "category": edition.categories.first().pk},
    )
    assert "Catastro multipropósito en Pasto" not in response.content.decode()
    assert not Nomination.objects.filter(edition=edition).exists()
