"""Blind review, per edition: the juror's sheet shows the practice without its entity, places or
the names of the people behind it; with the flag off, all of them show."""

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.factories import UserFactory
from meeting.factories import NominationFactory, assign, create_edition, move_to
from meeting.models.pages import Phase
from reference.models import Department, Municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheet_of(client, juror, practices):
    """The juror's score page for Catastro (DNP, Tuluá, Valle) nominated by Rosalba Quintero."""
    practice = practices[0]
    valle = Department.objects.get(code="76")
    tulua = Municipality.objects.get(code="76834")
    practice.departments.set([valle])
    practice.municipalities.set([tulua])
    practice.save()
    nominator = UserFactory(username="rosalba", first_name="Rosalba", last_name="Quintero")

    def sheet(blind):
        edition = create_edition(year=2027 + blind, blind_review=blind, phase=Phase.REVIEW)
        nomination = NominationFactory(edition=edition, practice=practice, nominated_by=nominator)
        assignment = assign(nomination, juror)
        client.force_login(juror)
        response = client.get(reverse("meeting:jury_score", args=[assignment.pk]))
        assert response.status_code == 200
        # The footer names the site's operating entity (DNP): only the page's own content counts.
        return str(BeautifulSoup(response.content, "html.parser").find("main"))

    return sheet


IDENTITY = ("Departamento Nacional de Planeación", "Tuluá", "Valle del Cauca", "Rosalba Quintero")


def test_a_blind_edition_hides_entity_places_and_names_from_the_juror(sheet_of, practices):
    page = sheet_of(blind=True)
    for revealing in IDENTITY:
        assert revealing not in page, revealing
    assert practices[0].url not in page
    assert "Evaluación ciega" in page
    assert "La práctica" in page


def test_an_open_edition_shows_them(sheet_of):
    page = sheet_of(blind=False)
    for shown in IDENTITY:
        assert shown in page, shown


def test_blind_review_cannot_be_switched_once_the_review_started(edition):
    move_to(edition, Phase.REVIEW)
    edition.blind_review = True
    with pytest.raises(ValidationError, match="cambiar la evaluación ciega"):
        edition.full_clean()
