"""The edition's stored phase: shown on the desk, moved one guarded step at a time, and read by
every action (nominate, score, decide, show results, vote), each refused outside its phase."""

import importlib
from datetime import timedelta
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory
from meeting.factories import NominationFactory, assign, create_edition, move_to
from meeting.models import EditionJuror, JuryAssignment, Nomination
from meeting.models.pages import PHASES, Phase
from meeting.phases import NeedsConfirmation, advance
from meeting.workflow import ActionRefused, cast_vote, nominate, save_scores, set_status

from .conftest import juror_from

pytestmark = pytest.mark.django_db

ELIGIBLE = Nomination.Eligibility.ELIGIBLE


def desk(client, edition):
    return client.get(reverse("meeting_admin_review", args=[edition.pk])).content.decode()


def press_next(client, edition, **data):
    return client.post(reverse("meeting_admin_phase", args=[edition.pk]), data, follow=True)


def nominated(edition, practice, **kwargs):
    return NominationFactory(edition=edition, practice=practice, **kwargs)


# The desk ---------------------------------------------------------------------------------------


def test_desk_shows_the_phase_what_it_allows_and_the_next_step(editor_client, edition):
    page = desk(editor_client, edition)
    assert "Fase actual: Convocatoria" in page
    assert "Los miembros postulan prácticas publicadas" in page
    assert "Pasar a Revisión de requisitos" in page
    assert 'name="csrfmiddlewaretoken"' in page


def test_closing_the_call_before_its_date_needs_confirmation(editor_client, edition):
    page = press_next(editor_client, edition).content.decode()
    assert "La convocatoria anunció su cierre" in page
    edition.refresh_from_db()
    assert edition.phase == Phase.CALL
    page = press_next(editor_client, edition, confirm="1").content.decode()
    assert "La edición pasó a: Revisión de requisitos." in page
    edition.refresh_from_db()
    assert edition.phase == Phase.SCREENING


def test_a_call_past_its_closing_date_closes_without_confirmation(db):
    edition = create_edition(year=2024, call="closed")
    assert advance(edition) == Phase.SCREENING


def test_screening_cannot_end_with_unscreened_nominations(editor_client, edition, practices):
    move_to(edition, Phase.SCREENING)
    nominated(edition, practices[0], eligibility=ELIGIBLE)
    nominated(edition, practices[1])
    page = press_next(editor_client, edition).content.decode()
    assert "Aún hay 1 postulaciones sin revisar" in page
    edition.refresh_from_db()
    assert edition.phase == Phase.SCREENING


def test_entering_the_review_assigns_eligible_nominations_to_jurors_without_conflict(
    edition, practices, juror, other_juror
):
    move_to(edition, Phase.SCREENING)
    dnp_juror = juror_from("dnp", "jurado_dnp")
    EditionJuror.objects.create(edition=edition, user=dnp_juror)
    catastro = nominated(edition, practices[0], eligibility=ELIGIBLE)  # offered by DNP
    nominated(
        edition,
        practices[1],
        eligibility=Nomination.Eligibility.INELIGIBLE,
        eligibility_reason="Sin resultados medidos.",
    )
    advance(edition)
    assert edition.phase == Phase.REVIEW
    assigned = set(JuryAssignment.objects.values_list("nomination_id", "juror_id"))
    assert assigned == {(catastro.pk, juror.pk), (catastro.pk, other_juror.pk)}


def test_the_review_closes_with_unsent_scores_only_when_the_editor_confirms(
    editor_client, edition, practices, juror
):
    move_to(edition, Phase.REVIEW)
    assign(nominated(edition, practices[0]), juror)
    page = press_next(editor_client, edition).content.decode()
    assert "1 asignación del jurado aún no se ha enviado" in page
    assert 'name="confirm"' in desk(editor_client, edition)
    edition.refresh_from_db()
    assert edition.phase == Phase.REVIEW
    press_next(editor_client, edition, confirm="1")
    edition.refresh_from_db()
    assert edition.phase == Phase.DELIBERATION


def test_results_cannot_be_published_without_a_winner(editor_client, edition, practices):
    move_to(edition, Phase.DELIBERATION)
    nominated(edition, practices[0], eligibility=ELIGIBLE, status=Nomination.Status.FINALIST)
    page = press_next(editor_client, edition, confirm="1").content.decode()
    assert "No puede publicar resultados sin al menos una práctica ganadora." in page
    edition.refresh_from_db()
    assert edition.phase == Phase.DELIBERATION


def test_the_memoria_waits_for_the_end_of_the_meeting(edition):
    move_to(edition, Phase.RESULTS)
    with pytest.raises(ActionRefused, match="cuando el encuentro haya terminado"):
        advance(edition, confirm=True)
    edition.ends_on = timezone.localdate() - timedelta(days=1)
    edition.starts_on = edition.ends_on
    edition.save()
    assert advance(edition) == Phase.MEMORIA
    with pytest.raises(ActionRefused, match="última fase"):
        advance(edition)


def test_a_stale_desk_cannot_move_the_phase_twice(edition):
    stale = type(edition).objects.get(pk=edition.pk)
    advance(edition, confirm=True)
    with pytest.raises(ActionRefused, match="Otra persona cambió la fase"):
        advance(stale, confirm=True)


def test_republishing_the_page_keeps_the_phase(edition):
    old_revision = edition.latest_revision
    advance(edition, confirm=True)
    old_revision.publish()
    edition.refresh_from_db()
    assert edition.phase == Phase.SCREENING


# Each action in its phase -----------------------------------------------------------------------


def test_nominations_are_refused_once_the_call_phase_ends_even_within_its_dates(
    edition, practices, member
):
    move_to(edition, Phase.SCREENING)
    with pytest.raises(ActionRefused, match="está cerrada"):
        nominate(edition, practices[0], edition.categories.first(), member)


def test_the_model_refuses_a_new_nomination_outside_the_call(edition, practices):
    move_to(edition, Phase.SCREENING)
    nomination = Nomination(
        edition=edition, practice=practices[0], category=edition.categories.first()
    )
    with pytest.raises(ValidationError, match="ya no está en convocatoria"):
        nomination.full_clean()


def test_scores_are_refused_outside_the_jury_review(edition, practices, juror):
    move_to(edition, Phase.REVIEW)
    assignment = assign(nominated(edition, practices[0]), juror)
    criteria = dict.fromkeys(edition.criteria.all(), (4, ""))
    for phase in (Phase.SCREENING, Phase.DELIBERATION):
        move_to(assignment.nomination.edition, phase)
        with pytest.raises(ActionRefused, match="Solo se califica durante la evaluación"):
            save_scores(assignment, criteria)
    assert not assignment.scores.exists()


def test_winners_are_marked_only_in_the_deliberation(edition, practices):
    nomination = nominated(edition, practices[0], eligibility=ELIGIBLE)
    for phase in (Phase.CALL, Phase.REVIEW):
        move_to(nomination.edition, phase)
        with pytest.raises(ActionRefused, match="solo en la fase de deliberación"):
            set_status(nomination, Nomination.Status.WINNER)
    move_to(nomination.edition, Phase.RESULTS)
    with pytest.raises(ActionRefused, match="ya están publicados"):
        set_status(nomination, Nomination.Status.SHORTLISTED)
    nomination.refresh_from_db()
    assert nomination.status == Nomination.Status.RECEIVED


def test_the_model_refuses_a_winner_outside_the_deliberation(edition, practices):
    nomination = nominated(edition, practices[0], eligibility=ELIGIBLE)
    nomination.status = Nomination.Status.WINNER
    with pytest.raises(ValidationError, match="solo en la fase de deliberación"):
        nomination.full_clean()


def test_editor_sees_why_a_winner_is_refused_during_the_call(editor_client, edition, practices):
    nomination = nominated(edition, practices[0], eligibility=ELIGIBLE)
    response = editor_client.post(
        reverse("meeting_admin_status", args=[edition.pk, nomination.pk]),
        {"status": "ganadora"},
        follow=True,
    )
    assert "solo en la fase de deliberación" in response.content.decode()


def test_winners_stay_private_until_the_results_phase(client, edition, practices):
    nominated(edition, practices[0], eligibility=ELIGIBLE, status=Nomination.Status.WINNER)
    move_to(edition, Phase.DELIBERATION)
    assert "Prácticas ganadoras" not in client.get(edition.url).content.decode()
    move_to(edition, Phase.RESULTS)
    assert "Prácticas ganadoras" in client.get(edition.url).content.decode()


def test_the_public_vote_opens_only_in_the_phase_the_edition_chose(practices):
    now = timezone.now()
    edition = create_edition(
        year=2026,
        call="closed",
        vote_phase=Phase.REVIEW,
        vote_opens_at=now - timedelta(days=1),
        vote_closes_at=now + timedelta(days=1),
    )
    nomination = nominated(edition, practices[0], status=Nomination.Status.SHORTLISTED)
    voter = UserFactory()
    move_to(edition, Phase.DELIBERATION)
    with pytest.raises(ActionRefused, match="Evaluación del jurado"):
        cast_vote(edition, nomination.pk, voter)
    move_to(edition, Phase.REVIEW)
    vote, _changed = cast_vote(edition, nomination.pk, voter)
    assert vote.nomination == nomination


# The data migration -----------------------------------------------------------------------------


def test_the_migration_derives_each_phase_from_the_old_flags_and_dates():
    migration = importlib.import_module("meeting.migrations.0004_edition_phase_and_screening")
    now = timezone.now()
    today = timezone.localdate()

    def old(**fields):
        base = {
            "show_results": False,
            "review_closed_at": None,
            "review_started_at": None,
            "call_closes_at": now + timedelta(days=1),
            "ends_on": today + timedelta(days=30),
        }
        return SimpleNamespace(**{**base, **fields})

    cases = [
        (old(), "convocatoria"),
        (old(call_closes_at=now - timedelta(days=1)), "revision_requisitos"),
        (old(review_started_at=now), "evaluacion"),
        (old(review_started_at=now, review_closed_at=now), "deliberacion"),
        (old(show_results=True, review_closed_at=now), "resultados"),
        (old(show_results=True, ends_on=today - timedelta(days=1)), "memoria"),
    ]
    for edition, phase in cases:
        assert migration.derived_phase(edition, now) == phase


def test_needs_confirmation_is_a_refusal(edition):
    with pytest.raises(NeedsConfirmation):
        advance(edition)


# The public page --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phase", "said"),
    [(Phase.SCREENING, "Los editores revisan que cada postulación cumpla los requisitos."),
     (Phase.REVIEW, "El jurado evalúa las postulaciones que cumplen los requisitos."),
     (Phase.DELIBERATION, "El jurado y los editores eligen finalistas y ganadoras."),
     (Phase.RESULTS, "Ya se publicaron las finalistas y las ganadoras.")],
)  # fmt: skip
def test_the_public_page_names_the_current_stage_and_what_happens_in_it(
    client, edition, phase, said
):
    type(edition).objects.filter(pk=edition.pk).update(phase=phase)
    html = BeautifulSoup(client.get(edition.url).content, "html.parser")
    assert said in html.select_one(".callout").get_text()
    stages = html.select_one("ol[aria-label='Etapas de esta edición']")
    (current,) = stages.select("[aria-current=step]")
    assert current.get_text(" ", strip=True).startswith(str(phase.label))
    done = [li for li in stages.select("li") if "phase-hecha" in li["class"]]
    assert len(done) == PHASES.index(phase)
