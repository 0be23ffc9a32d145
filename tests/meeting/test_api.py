"""API v2: an edition's nominations and results are open data once the results are published,
with public fields only: never scores, screening reasons, the nominator or unpublished results."""

import json

import pytest

from accounts.factories import UserFactory
from meeting.factories import NominationFactory, assign, move_to
from meeting.models.pages import Phase
from meeting.workflow import save_scores

pytestmark = pytest.mark.django_db

URL = "/api/v2/pages/?type=meeting.EditionPage&fields=year,phase,nominations_api,results_api"


@pytest.fixture
def decided(edition, practices, juror):
    """Catastro won (scored 5/5 by the juror); Presupuesto was screened out, with a reason."""
    nominator = UserFactory(username="nominadora_secreta", first_name="Ximenaprivada")
    move_to(edition, Phase.REVIEW)
    winner = NominationFactory(
        edition=edition, practice=practices[0], nominated_by=nominator, status="ganadora"
    )
    save_scores(
        assign(winner, juror),
        dict.fromkeys(edition.criteria.all(), (5, "Comentario privado del jurado")),
        submit=True,
    )
    NominationFactory(
        edition=edition,
        practice=practices[1],
        nominated_by=nominator,
        eligibility="no_admisible",
        eligibility_reason="Motivo privado de la revisión",
    )
    move_to(edition, Phase.DELIBERATION)
    return edition


def edition_in_api(client):
    (item,) = client.get(URL).json()["items"]
    return item


def test_nothing_is_published_before_the_results(client, decided):
    item = edition_in_api(client)
    assert item["nominations_api"] == [] and item["results_api"] is None
    assert "Catastro" not in json.dumps(item)


def test_published_results_show_public_fields_only(client, decided, practices):
    move_to(decided, Phase.RESULTS)
    item = edition_in_api(client)
    (winner,) = item["results_api"]["winners"]
    assert winner["practice"] == practices[0].title and winner["practice_id"] == practices[0].pk
    assert [n["practice"] for n in item["nominations_api"]] == [practices[0].title]
    body = json.dumps(item, ensure_ascii=False)
    for private in (
        "Motivo privado",
        "Comentario privado",
        "nominadora_secreta",
        "Ximenaprivada",
        practices[1].title,
        "score",
        "eligibility",
    ):
        assert private not in body, private


def test_the_jury_is_named_with_the_results_and_not_before(client, decided, juror):
    juror.first_name, juror.last_name = "Lucía", "Jurado"
    juror.save()
    assert "Lucía" not in json.dumps(edition_in_api(client), ensure_ascii=False)
    move_to(decided, Phase.RESULTS)
    jury = edition_in_api(client)["results_api"]["jury"]
    assert {"name": "Lucía Jurado", "entity": "Federación Nacional de Departamentos"} in jury
