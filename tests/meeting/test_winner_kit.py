"""A winning practice's one-page replication kit (knowledge/pdf.py), linked from the edition's
showcase of winners once the results are out: every nomination is of a PracticePage, so the
kit is always the practice's own."""

import pytest

from meeting.factories import NominationFactory, move_to
from meeting.models import Nomination
from meeting.models.pages import Phase

from ..knowledge.conftest import soup_of

pytestmark = pytest.mark.django_db


def test_the_showcase_links_each_winner_to_its_practice_kit_not_the_finalists(
    client, edition, practices
):
    winner, finalist = practices[0], practices[1]
    for practice, status in [(winner, Nomination.Status.WINNER), (finalist, "finalista")]:
        NominationFactory(
            edition=edition,
            practice=practice,
            status=status,
            eligibility=Nomination.Eligibility.ELIGIBLE,
        )
    move_to(edition, Phase.RESULTS)

    kits = [a["href"] for a in soup_of(client.get(edition.url)).select(".kit-link a")]

    assert kits == [winner.url + "kit/"]
    response = client.get(kits[0])
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_the_showcase_has_no_kit_link_before_the_results(client, edition, practices):
    NominationFactory(
        edition=edition,
        practice=practices[0],
        status=Nomination.Status.WINNER,
        eligibility=Nomination.Eligibility.ELIGIBLE,
    )
    move_to(edition, Phase.DELIBERATION)
    assert soup_of(client.get(edition.url)).select(".kit-link") == []
