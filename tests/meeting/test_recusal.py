"""Recusal: a juror declares a conflict on an assignment with a reason; the desk shows it and the
editor reassigns it to another eligible juror. Automatic conflicts (same entity) stay."""

import pytest

from django.urls import reverse

from meeting.factories import NominationFactory, assign, move_to
from meeting.models import EditionJuror, JuryAssignment
from meeting.models.pages import Phase
from meeting.phases import advance_refusal
from meeting.workflow import ActionRefused, declare_conflict, reassign, save_scores

from .conftest import juror_from

pytestmark = pytest.mark.django_db


@pytest.fixture
def assignment(edition, practices, juror):
    move_to(edition, Phase.REVIEW)
    return assign(NominationFactory(edition=edition, practice=practices[0]), juror)


def recuse_url(assignment):
    return reverse("meeting:jury_recuse", args=[assignment.pk])


def desk(client, edition):
    return client.get(reverse("meeting_admin_review", args=[edition.pk])).content.decode()


def reassign_url(assignment):
    return reverse("meeting_admin_reassign", args=[assignment.nomination.edition_id, assignment.pk])


def test_juror_declares_a_conflict_and_no_longer_scores(client, juror, assignment):
    impact = assignment.nomination.edition.criteria.first()
    save_scores(assignment, {impact: (4, "")})
    client.force_login(juror)
    response = client.post(
        recuse_url(assignment), {"reason": "Asesoré esta práctica en 2024."}, follow=True
    )
    page = response.content.decode()
    assert "Registramos su conflicto de interés" in page
    assert "Usted declaró un conflicto de interés" in page
    assignment.refresh_from_db()
    assert assignment.recusal_reason == "Asesoré esta práctica en 2024."
    assert not assignment.scores.exists()
    with pytest.raises(ActionRefused):
        save_scores(assignment, {impact: (5, "")})


def test_a_conflict_without_reason_is_refused_and_nothing_typed_is_lost(client, juror, assignment):
    client.force_login(juror)
    page = client.post(recuse_url(assignment), {"reason": "   "}).content.decode()
    assert "Cuente brevemente cuál es su conflicto de interés." in page
    assignment.refresh_from_db()
    assert assignment.recused_at is None


def test_a_conflict_is_declared_only_during_the_review(assignment):
    move_to(assignment.nomination.edition, Phase.DELIBERATION)
    with pytest.raises(ActionRefused, match="durante la evaluación del jurado"):
        declare_conflict(assignment, "Trabajé allí.")


def test_a_juror_cannot_declare_on_another_jurors_assignment(client, other_juror, assignment):
    client.force_login(other_juror)
    assert client.post(recuse_url(assignment), {"reason": "x"}).status_code == 404
    assignment.refresh_from_db()
    assert assignment.recused_at is None


def test_editor_sees_the_conflict_and_reassigns_it(editor_client, client, assignment, other_juror):
    declare_conflict(assignment, "Asesoré esta práctica en 2024.")
    edition = assignment.nomination.edition
    assert "Declarado por el jurado: «Asesoré esta práctica en 2024.»" in desk(
        editor_client, edition
    )
    response = editor_client.post(reassign_url(assignment), {"juror": other_juror.pk}, follow=True)
    assert "quedó asignada a" in response.content.decode()
    replacement = JuryAssignment.objects.get(nomination=assignment.nomination, juror=other_juror)
    assignment.refresh_from_db()
    assert assignment.replaced_by == replacement
    client.force_login(other_juror)
    assert (
        reverse("meeting:jury_score", args=[replacement.pk])
        in client.get(reverse("meeting:jury_assignments")).content.decode()
    )


def test_reassignment_is_refused_without_a_conflict_or_to_a_conflicted_juror(
    assignment, other_juror
):
    with pytest.raises(ActionRefused, match="Solo se reasignan"):
        reassign(assignment, other_juror)
    declare_conflict(assignment, "Trabajé allí.")
    dnp_juror = juror_from("dnp", "jurado_dnp")  # the practice's own entity
    EditionJuror.objects.create(edition=assignment.nomination.edition, user=dnp_juror)
    with pytest.raises(ActionRefused, match="Elija a otro integrante"):
        reassign(assignment, dnp_juror)
    with pytest.raises(ActionRefused, match="Elija a otro integrante"):
        reassign(assignment, assignment.juror)


def test_a_member_cannot_reassign(member_client, assignment, other_juror):
    declare_conflict(assignment, "Trabajé allí.")
    member_client.post(reassign_url(assignment), {"juror": other_juror.pk})
    assert not JuryAssignment.objects.filter(juror=other_juror).exists()


def test_an_automatic_conflict_stays_and_can_be_reassigned(editor_client, assignment, other_juror):
    profile = assignment.juror.profile
    profile.entity = assignment.nomination.practice.entity
    profile.save()
    edition = assignment.nomination.edition
    assert "Automático: su entidad ofrece la práctica" in desk(editor_client, edition)
    replacement = reassign(assignment, other_juror)
    assert replacement.juror == other_juror


def test_a_declared_conflict_does_not_hold_the_review_open(assignment):
    declare_conflict(assignment, "Trabajé allí.")
    assert not advance_refusal(assignment.nomination.edition)
