"""The demo meeting: a past edition with winners and memoria, a current one under review."""

import pytest

from django.urls import reverse

from meeting.models import EditionPage, JuryAssignment, Nomination, Score

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]


def test_the_demo_has_a_past_edition_with_winners_and_one_under_review(client):
    past, current = EditionPage.objects.order_by("year")
    assert past.year == 2025 and past.phase == EditionPage.Phase.MEMORIA and past.memoria
    assert past.nominations.filter(status=Nomination.Status.WINNER).count() == 3
    assert all(
        n.practice.validation_status == "destacada"
        for n in past.nominations.filter(status__in=Nomination.HONOURED)
    )

    # Seeded on 2026-12-01: the jury is scoring and the public vote is open.
    assert current.year == 2026 and current.phase == EditionPage.Phase.REVIEW
    assert current.vote_is_open() and not current.call_is_open()
    screened_out = current.nominations.get(eligibility=Nomination.Eligibility.INELIGIBLE)
    assert screened_out.eligibility_reason and not screened_out.assignments.exists()
    assert current.criteria.count() == 5
    assignments = JuryAssignment.objects.filter(nomination__edition=current)
    assert assignments.filter(state="enviada").count() == 1
    assert Score.objects.filter(assignment__in=assignments).count() == 5 + 3
    # The demo juror (FND) is never assigned the FND's own practice.
    assert not assignments.filter(nomination__practice__entity__slug="fnd").exists()

    # The demo is usable: the editor's desk and the juror's list open on it.
    client.login(username="editor", password="RedATT-demo-2026")
    desk = client.get(reverse("meeting_admin_review", args=[current.pk])).content.decode()
    assert "Brigadas de salud rural con enfoque étnico en Tumaco" in desk
    client.login(username="jurado", password="RedATT-demo-2026")
    mine = client.get(reverse("meeting:jury_assignments")).content.decode()
    assert "Tablero abierto de seguimiento al plan de desarrollo en Medellín" in mine
    assert "Plan de empalme digital" not in mine
