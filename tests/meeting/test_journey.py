"""The issue's "done means", end to end through the real views: two members submit, the editor
closes the call and screens both, the jury is assigned, a juror scores, the ranking orders them,
the editor closes the review, names a winner and publishes the results.
"""

import pytest

from django.test import Client
from django.urls import reverse

from accounts.factories import UserFactory
from meeting.models import Nomination
from meeting.models.pages import Phase

pytestmark = pytest.mark.django_db


def test_from_call_to_winner(edition, practices, juror, editor):
    client, editor_client = Client(), Client()
    editor_client.force_login(editor)
    desk = reverse("meeting_admin_review", args=[edition.pk])
    next_phase = reverse("meeting_admin_phase", args=[edition.pk])
    category = edition.categories.first()
    for username, practice in zip(("ana", "beto"), practices, strict=True):
        client.force_login(UserFactory(username=username))
        client.post(edition.url + "postular/", {"practice": practice.pk, "category": category.pk})
    catastro, presupuesto = (Nomination.objects.get(practice=p) for p in practices)

    # The call closes early only with the editor's confirmation; then each nomination is screened.
    editor_client.post(next_phase, {"confirm": "1"})
    for nomination in (catastro, presupuesto):
        editor_client.post(
            reverse("meeting_admin_screen", args=[edition.pk, nomination.pk]),
            {"eligibility": "admisible", "reason": ""},
        )
    editor_client.post(next_phase)  # entering the jury review assigns the jury

    impact, evidence = edition.criteria.all()
    client.force_login(juror)
    for nomination, values in ((catastro, (2, 5)), (presupuesto, (5, 1))):
        assignment = nomination.assignments.get(juror=juror)
        client.post(
            reverse("meeting:jury_score", args=[assignment.pk]),
            {
                f"value_{impact.pk}": values[0],
                f"value_{evidence.pk}": values[1],
                "action": "submit",
            },
        )

    review = editor_client.get(desk).content
    ranking = review.decode().split("Ranking ponderado")[1]
    # Weighted 3:1, Presupuesto (5, 1) = 4 beats Catastro (2, 5) = 2.75.
    assert ranking.index(presupuesto.practice.title) < ranking.index(catastro.practice.title)

    # The other juror never scored: closing the review needs the editor's confirmation.
    editor_client.post(next_phase, {"confirm": "1"})
    editor_client.post(
        reverse("meeting_admin_status", args=[edition.pk, presupuesto.pk]), {"status": "ganadora"}
    )
    editor_client.post(next_phase)
    edition.refresh_from_db()
    assert edition.phase == Phase.RESULTS

    client.logout()
    public = client.get(edition.url).content.decode()
    assert presupuesto.practice.title in public.split("Prácticas ganadoras")[1]
    practice_page = client.get(presupuesto.practice.url).content.decode()
    assert "Ganadora del Encuentro 2026" in practice_page
    assert "Destacada" in practice_page


def test_editor_admin_listings_open(editor_client, edition, practices, juror):
    from meeting.factories import NominationFactory, assign

    assign(NominationFactory(edition=edition, practice=practices[0]), juror)
    for name in ("meeting_nominations:index", "meeting_assignments:index", "meeting_rubric:index"):
        response = editor_client.get(reverse(name), {"edition": edition.pk})
        assert response.status_code == 200, name
        assert "Catastro" in response.content.decode() or name == "meeting_rubric:index"
    editions = editor_client.get(reverse("meeting_admin_editions")).content.decode()
    assert reverse("meeting_admin_review", args=[edition.pk]) in editions
