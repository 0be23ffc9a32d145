"""The jury's score sheet shows "Evidencia de aplicación": how many entities say they apply the
nominated practice, where, and how it went six months later; never who said so."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from accounts.factories import UserFactory
from knowledge.factories import AdoptionFactory
from meeting.factories import NominationFactory, assign, move_to
from meeting.models.pages import Phase
from reference.models import Municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def nomination(edition, practices):
    move_to(edition, Phase.REVIEW)
    return NominationFactory(edition=edition, practice=practices[0])


def evidence(client, assignment):
    response = client.get(reverse("meeting:jury_score", args=[assignment.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find(id="adoption-title").find_parent("section")


def test_the_juror_reads_adoptions_places_and_outcomes_of_the_nominated_practice(
    client, juror, nomination
):
    pasto = Municipality.objects.get(code="52001")
    adopter = UserFactory(username="adoptante", first_name="Rocío", last_name="Zambrano")
    AdoptionFactory(
        page=nomination.practice,
        user=adopter,
        entity_name="Alcaldía de Pasto",
        municipality=pasto,
        outcome="funciono",
        outcome_note="Redujo a la mitad los reprocesos.",
    )
    AdoptionFactory(
        page=nomination.practice,
        entity_name="Gobernación de Antioquia",
        department="05",
        outcome="no_funciono",
        outcome_note="",
    )
    AdoptionFactory(page=nomination.practice, entity_name="Alcaldía de Ipiales")  # fmt: skip
    client.force_login(juror)
    section = evidence(client, assign(nomination, juror))
    text = section.get_text(" ", strip=True)
    assert "3 entidades cuentan que la están aplicando" in text
    places = [item.get_text(strip=True) for item in section.select(".adoption-places li")]
    assert places == ["Antioquia", "Nariño: Pasto"]
    outcomes = [item.get_text(strip=True) for item in section.select(".adoption-outcomes li")]
    assert outcomes == ["Funcionó: 1", "Funcionó en parte: 0", "No funcionó: 1"]
    assert "Redujo a la mitad los reprocesos." in text
    for private in ("Rocío", "Zambrano", "adoptante", "Alcaldía de Pasto"):
        assert private not in str(section)


def test_a_practice_nobody_applies_says_so(client, juror, nomination):
    client.force_login(juror)
    text = evidence(client, assign(nomination, juror)).get_text(" ", strip=True)
    assert "Aún ninguna entidad ha contado que la está aplicando." in text


def test_a_juror_not_assigned_never_reaches_the_evidence(client, juror, other_juror, nomination):
    assignment = assign(nomination, juror)
    AdoptionFactory(page=nomination.practice, outcome="funciono", outcome_note="Nota del jurado")
    client.force_login(other_juror)
    response = client.get(reverse("meeting:jury_score", args=[assignment.pk]))
    assert response.status_code == 404
    assert "Nota del jurado" not in response.content.decode()
