"""Editors' desk: progress, weighted ranking per category, selection, CSV; the public showcase."""

import csv
import io

import pytest

from django.test import Client
from django.urls import reverse

from knowledge.factories import PracticePageFactory
from meeting.factories import NominationFactory, assign, move_to
from meeting.models import Nomination
from meeting.models.pages import Phase
from meeting.workflow import save_scores

pytestmark = pytest.mark.django_db


def score(assignment, impact, evidence, submit=True):
    impact_criterion, evidence_criterion = assignment.nomination.edition.criteria.all()
    save_scores(
        assignment,
        {impact_criterion: (impact, ""), evidence_criterion: (evidence, "")},
        submit=submit,
    )


@pytest.fixture
def scored(edition, practices, juror, other_juror):
    """Two nominations in one category. Weights impacto 3, evidencia 1.

    Catastro: juror 5/1 → 4, other 3/3 → 3 → mean 3.5, spread 0.5.
    Presupuesto: juror 2/5 → 2.75 (plain mean 3.5 would tie; the weighted one does not).
    A draft never counts.
    """
    move_to(edition, Phase.REVIEW)
    catastro = NominationFactory(edition=edition, practice=practices[0])
    presupuesto = NominationFactory(edition=edition, practice=practices[1])
    score(assign(catastro, juror), 5, 1)
    score(assign(catastro, other_juror), 3, 3)
    score(assign(presupuesto, juror), 2, 5)
    score(assign(presupuesto, other_juror), 5, 5, submit=False)
    return catastro, presupuesto


def review_url(edition):
    return reverse("meeting_admin_review", args=[edition.pk])


def test_editor_sees_progress_and_the_weighted_ranking(editor_client, edition, scored, other_juror):
    page = editor_client.get(review_url(edition)).content.decode()
    ranking = page.split("Ranking ponderado")[1].split("Avance del jurado")[0]
    assert ranking.index("Catastro multipropósito") < ranking.index("Presupuesto participativo")
    assert "3,50" in ranking and "0,50; 3,00–4,00" in ranking and "2,75" in ranking
    progress = page.split("Avance del jurado")[1]
    assert (
        other_juror.get_full_name() in progress and "2 / 2" in progress and "Borrador" in progress
    )


def test_ranking_page_queries_do_not_grow_with_nominations(
    editor_client, edition, scored, library, juror, django_assert_max_num_queries
):
    with django_assert_max_num_queries(40):
        editor_client.get(review_url(edition))
    for n in range(5):
        extra = NominationFactory(
            edition=edition, practice=PracticePageFactory(parent=library, entity="esap")
        )
        score(assign(extra, juror), n % 5 + 1, 3)
    with django_assert_max_num_queries(40):
        editor_client.get(review_url(edition))


def test_csv_export_parses_back_to_the_ranking(editor_client, edition, scored):
    response = editor_client.get(reverse("meeting_admin_ranking_csv", args=[edition.pk]))
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # Excel then reads the accents as UTF-8
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [(r["posicion"], r["practica"], r["puntaje_ponderado"], r["jurados"]) for r in rows] == [
        ("1", "Catastro multipropósito en Pasto", "3.50", "2"),
        ("2", "Presupuesto participativo en Ipiales", "2.75", "1"),
    ]
    assert rows[0]["desviacion_estandar"] == "0.50"
    assert rows[0]["entidad"] == scored[0].practice.entity.name
    assert rows[0]["votos_publico"] == "0"


def test_csv_export_quotes_practice_titles_a_spreadsheet_would_run_as_formulas(
    editor_client, edition, library
):
    title = "=cmd|' /C calc'!A0"
    NominationFactory(edition=edition, practice=PracticePageFactory(parent=library, title=title))
    response = editor_client.get(reverse("meeting_admin_ranking_csv", args=[edition.pk]))
    body = b"".join(response.streaming_content)
    (row,) = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    assert row["practica"] == "'" + title
    assert row["posicion"] == "1"


def test_editor_names_a_winner_and_the_public_sees_it(editor_client, edition, scored):
    client = Client()
    catastro, presupuesto = scored
    move_to(edition, Phase.DELIBERATION)
    editor_client.post(
        reverse("meeting_admin_status", args=[edition.pk, catastro.pk]), {"status": "ganadora"}
    )
    editor_client.post(
        reverse("meeting_admin_status", args=[edition.pk, presupuesto.pk]),
        {"status": "finalista"},
    )
    catastro.refresh_from_db()
    assert catastro.status == Nomination.Status.WINNER
    practice = catastro.practice.specific_class.objects.get(pk=catastro.practice_id)
    assert practice.validation_status == "destacada"
    assert practice.latest_revision.content["validation_status"] == "destacada"

    # Not public until the editor publishes the results.
    assert "Prácticas ganadoras" not in client.get(edition.url).content.decode()
    before_results = client.get(practice.url).content.decode()
    assert "Ganadora del Encuentro" not in before_results
    assert "Postulada al Encuentro 2026" in before_results

    move_to(edition, Phase.RESULTS)
    page = client.get(edition.url).content.decode()
    winners = page.split("Prácticas ganadoras")[1].split("Finalistas")[0]
    assert "Catastro multipropósito en Pasto" in winners
    assert "Presupuesto participativo en Ipiales" in page.split("Finalistas")[1]
    assert "Ganadora del Encuentro 2026" in client.get(practice.url).content.decode()
    assert "Finalista del Encuentro 2026" in client.get(presupuesto.practice.url).content.decode()


def test_demoting_the_only_winner_takes_its_featured_mark_away(editor_client, edition, scored):
    catastro, _ = scored
    move_to(edition, Phase.DELIBERATION)
    status_url = reverse("meeting_admin_status", args=[edition.pk, catastro.pk])
    editor_client.post(status_url, {"status": "ganadora"})
    editor_client.post(status_url, {"status": "no_seleccionada"})
    practice = catastro.practice.specific_class.objects.get(pk=catastro.practice_id)
    assert practice.validation_status == "validada"
    assert practice.latest_revision.content["validation_status"] == "validada"


def test_member_cannot_change_a_nominations_status(member_client, edition, scored):
    catastro, _ = scored
    member_client.post(
        reverse("meeting_admin_status", args=[edition.pk, catastro.pk]), {"status": "ganadora"}
    )
    catastro.refresh_from_db()
    assert catastro.status != Nomination.Status.WINNER


def test_editor_nominates_directly_in_the_admin(editor_client, editor, edition, practices):
    response = editor_client.post(
        reverse("meeting_nominations:add"),
        {
            "edition": edition.pk,
            "practice": practices[1].pk,
            "category": edition.categories.first().pk,
            "statement": "",
            "status": "recibida",
        },
    )
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert (nomination.practice_id, nomination.nominated_by) == (practices[1].pk, editor)


def test_naming_a_winner_no_juror_scored_asks_for_a_confirmation(
    editor_client, edition, library, scored
):
    """Issue 28 item 4: a practice without a single submitted score is not made "Ganadora"
    silently; the desk warns, and only the confirmed form changes it."""
    catastro, presupuesto = scored
    practice = PracticePageFactory(parent=library, title="Mesas de recaudo", entity="dnp")
    unscored = NominationFactory(edition=edition, practice=practice)
    move_to(edition, Phase.DELIBERATION)
    url = reverse("meeting_admin_status", args=[edition.pk, unscored.pk])
    response = editor_client.post(url, {"status": "ganadora"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Ningún jurado calificó" in body and 'name="confirm"' in body
    unscored.refresh_from_db()
    assert unscored.status != Nomination.Status.WINNER
    editor_client.post(url, {"status": "ganadora", "confirm": "1"})
    unscored.refresh_from_db()
    assert unscored.status == Nomination.Status.WINNER
    # A scored one needs no confirmation.
    editor_client.post(
        reverse("meeting_admin_status", args=[edition.pk, catastro.pk]), {"status": "ganadora"}
    )
    catastro.refresh_from_db()
    assert catastro.status == Nomination.Status.WINNER
