"""The issue's "done means", end to end through the real views: two members submit, a juror from
another entity scores both, the ranking orders them, the editor names a winner and publishes it.
"""

import pytest

from django.test import Client
from django.urls import reverse

from knowledge.meeting.models import Nomination
from siteconf.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_from_call_to_winner(edition, practices, juror, editor):
    client, editor_client = Client(), Client()
    editor_client.force_login(editor)
    category = edition.categories.first()
    for username, practice in zip(("ana", "beto"), practices, strict=True):
        client.force_login(UserFactory(username=username))
        client.post(edition.url + "postular/", {"practice": practice.pk, "category": category.pk})
    catastro, presupuesto = (Nomination.objects.get(practice=p) for p in practices)

    for nomination in (catastro, presupuesto):
        response = editor_client.post(
            reverse("meeting_assignments:add"), {"nomination": nomination.pk, "juror": juror.pk}
        )
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/encuentro/asignaciones/")

    impact, evidence = edition.criteria.all()
    client.force_login(juror)
    for nomination, values in ((catastro, (2, 5)), (presupuesto, (5, 1))):
        assignment = nomination.assignments.get()
        client.post(
            reverse("meeting:jury_score", args=[assignment.pk]),
            {
                f"value_{impact.pk}": values[0],
                f"value_{evidence.pk}": values[1],
                "action": "submit",
            },
        )

    review = editor_client.get(reverse("meeting_admin_review", args=[edition.pk])).content
    ranking = review.decode().split("Ranking ponderado")[1]
    # Weighted 3:1, Presupuesto (5, 1) = 4 beats Catastro (2, 5) = 2.75.
    assert ranking.index(presupuesto.practice.title) < ranking.index(catastro.practice.title)

    editor_client.post(reverse("meeting_admin_phase", args=[edition.pk]), {"phase": "close"})
    editor_client.post(
        reverse("meeting_admin_status", args=[edition.pk, presupuesto.pk]), {"status": "ganadora"}
    )
    edition.refresh_from_db()
    edition.call_closes_at = (
        edition.call_opens_at + (edition.call_closes_at - edition.call_opens_at) / 100
    )
    edition.show_results = True
    edition.save_revision().publish()

    client.logout()
    public = client.get(edition.url).content.decode()
    assert presupuesto.practice.title in public.split("Prácticas ganadoras")[1]
    practice_page = client.get(presupuesto.practice.url).content.decode()
    assert "Ganadora del Encuentro 2026" in practice_page
    assert "Destacada" in practice_page


def test_editor_admin_listings_open(editor_client, edition, practices, juror):
    from knowledge.meeting.factories import NominationFactory, assign

    assign(NominationFactory(edition=edition, practice=practices[0]), juror)
    for name in ("meeting_nominations:index", "meeting_assignments:index", "meeting_rubric:index"):
        response = editor_client.get(reverse(name), {"edition": edition.pk})
        assert response.status_code == 200, name
        assert "Catastro" in response.content.decode() or name == "meeting_rubric:index"
    editions = editor_client.get(reverse("meeting_admin_editions")).content.decode()
    assert reverse("meeting_admin_review", args=[edition.pk]) in editions
