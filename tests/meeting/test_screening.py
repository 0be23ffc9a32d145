"""Screening: editors mark each nomination as meeting the requirements or not, with a reason,
before the jury sees it; only eligible nominations reach the jury, the ranking and the selection."""

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse

from meeting.factories import NominationFactory, move_to
from meeting.models import JuryAssignment, Nomination
from meeting.models.pages import Phase
from meeting.phases import advance
from meeting.workflow import ActionRefused, screen, set_status

pytestmark = pytest.mark.django_db

E = Nomination.Eligibility


@pytest.fixture
def nomination(edition, practices):
    move_to(edition, Phase.SCREENING)
    return NominationFactory(edition=edition, practice=practices[0])


def screen_url(nomination):
    return reverse("meeting_admin_screen", args=[nomination.edition_id, nomination.pk])


def test_editor_marks_a_nomination_ineligible_with_its_reason(editor_client, nomination):
    response = editor_client.post(
        screen_url(nomination),
        {"eligibility": "no_admisible", "reason": "No tiene resultados medidos."},
        follow=True,
    )
    assert "No cumple los requisitos" in response.content.decode()
    nomination.refresh_from_db()
    assert nomination.eligibility == E.INELIGIBLE
    assert nomination.eligibility_reason == "No tiene resultados medidos."


def test_the_desk_offers_the_screening_form_only_during_screening(editor_client, nomination):
    desk = reverse("meeting_admin_review", args=[nomination.edition_id])
    assert screen_url(nomination) in editor_client.get(desk).content.decode()
    move_to(nomination.edition, Phase.REVIEW)
    assert screen_url(nomination) not in editor_client.get(desk).content.decode()


def test_an_ineligible_mark_without_a_reason_is_refused(editor_client, nomination):
    response = editor_client.post(
        screen_url(nomination), {"eligibility": "no_admisible", "reason": "  "}, follow=True
    )
    assert "Indique por qué la postulación no cumple los requisitos." in response.content.decode()
    nomination.refresh_from_db()
    assert nomination.eligibility == E.PENDING


def test_screening_outside_its_phase_is_refused(nomination):
    move_to(nomination.edition, Phase.CALL)
    with pytest.raises(ActionRefused, match="Revisión de requisitos"):
        screen(nomination, eligible=True)


def test_a_member_cannot_screen(member_client, nomination):
    member_client.post(screen_url(nomination), {"eligibility": "admisible"})
    nomination.refresh_from_db()
    assert nomination.eligibility == E.PENDING


def test_an_ineligible_nomination_cannot_be_assigned_to_a_juror(nomination, juror):
    screen(nomination, eligible=False, reason="Fuera de la categoría.")
    assignment = JuryAssignment(nomination=nomination, juror=juror)
    with pytest.raises(ValidationError, match="cumplen los requisitos"):
        assignment.full_clean()


def test_an_ineligible_nomination_never_ranks_nor_wins(editor_client, nomination, practices):
    other = NominationFactory(edition=nomination.edition, practice=practices[1])
    screen(nomination, eligible=False, reason="Fuera de la categoría.")
    screen(other, eligible=True)
    move_to(nomination.edition, Phase.DELIBERATION)
    with pytest.raises(ActionRefused, match="no puede ser finalista ni ganadora"):
        set_status(nomination, Nomination.Status.WINNER)
    desk = reverse("meeting_admin_review", args=[nomination.edition_id])
    ranking = editor_client.get(desk).content.decode().split("Ranking ponderado")[1]
    assert practices[1].title in ranking and practices[0].title not in ranking


def test_jurors_see_only_eligible_nominations(client, nomination, practices, juror):
    eligible = NominationFactory(edition=nomination.edition, practice=practices[1])
    screen(nomination, eligible=False, reason="Fuera de la categoría.")
    screen(eligible, eligible=True)
    advance(nomination.edition)
    client.force_login(juror)
    page = client.get(reverse("meeting:jury_assignments")).content.decode()
    assert practices[1].title in page and practices[0].title not in page


def test_a_refused_screening_keeps_the_reason_the_editor_typed(editor_client, nomination):
    response = editor_client.post(
        screen_url(nomination), {"reason": "Falta la ficha de resultados."}, follow=True
    )
    page = response.content.decode()
    assert "Indique si la postulación cumple o no los requisitos." in page
    assert "Falta la ficha de resultados." in page
