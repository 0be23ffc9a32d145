"""Notices of the meeting, each from the side of who must get it and of who must not: nominees
(received, eligible or not, finalist, winner), jurors (assigned, reminded before the deadline)."""

from datetime import datetime, time, timedelta

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory
from core.templatetags.dates import fecha
from knowledge.factories import PracticePageFactory
from meeting.factories import NominationFactory, assign, move_to
from meeting.models.pages import Phase
from meeting.notices import JURY, NOMINATION, send_jury_reminders
from meeting.phases import advance
from meeting.workflow import nominate, save_scores, screen, set_status
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def notices_of(user, kind):
    return list(Notification.objects.filter(recipient=user, kind=kind).order_by("pk"))


@pytest.fixture
def nominator(db):
    return UserFactory(username="nominadora")


@pytest.fixture
def bystander(db):
    return UserFactory(username="otro_miembro")


def test_the_nominator_is_told_the_nomination_arrived(edition, practices, nominator, bystander):
    nominate(edition, practices[0], edition.categories.first(), nominator)
    (notice,) = notices_of(nominator, NOMINATION)
    assert "Recibimos la postulación de «Catastro multipropósito en Pasto»" in notice.text
    assert notice.url == edition.url and "/admin/" not in notice.url
    assert not notices_of(bystander, NOMINATION)


def test_the_nominator_learns_the_final_screening_decision_once_when_screening_ends(
    edition, practices, nominator, bystander, juror
):
    eligible = NominationFactory(edition=edition, practice=practices[0], nominated_by=nominator)
    refused = NominationFactory(edition=edition, practice=practices[1], nominated_by=nominator)
    move_to(edition, Phase.SCREENING)
    screen(eligible, eligible=False, reason="Sin resultados.")  # a slip, corrected below
    screen(eligible, eligible=True)
    screen(refused, eligible=False, reason="No adjunta resultados medidos.")
    assert not notices_of(nominator, NOMINATION)  # screening is still open
    advance(edition)
    texts = [n.text for n in notices_of(nominator, NOMINATION)]
    assert len(texts) == 2
    assert "«Catastro multipropósito en Pasto» cumple los requisitos" in texts[0]
    assert "«Presupuesto participativo en Ipiales» no cumple los requisitos" in texts[1]
    assert "No adjunta resultados medidos." in texts[1]
    assert not notices_of(bystander, NOMINATION) and not notices_of(juror, NOMINATION)


def test_nominees_hear_the_outcome_only_when_results_are_published(
    edition, practices, nominator, bystander
):
    finalist_nominator = UserFactory(username="postulante_finalista")
    move_to(edition, Phase.DELIBERATION)
    winner = NominationFactory(
        edition=edition, practice=practices[0], nominated_by=nominator, eligibility="admisible"
    )
    finalist = NominationFactory(
        edition=edition,
        practice=practices[1],
        nominated_by=finalist_nominator,
        eligibility="admisible",
    )
    set_status(winner, "ganadora")
    set_status(finalist, "finalista")
    assert not notices_of(nominator, NOMINATION)  # the decision is private until published
    advance(edition)
    (notice,) = notices_of(nominator, NOMINATION)
    assert "¡«Catastro multipropósito en Pasto» es práctica ganadora del" in notice.text
    (notice,) = notices_of(finalist_nominator, NOMINATION)
    assert "«Presupuesto participativo en Ipiales» es finalista del" in notice.text
    assert not notices_of(bystander, NOMINATION)


def test_a_nominee_not_selected_hears_it_with_the_results_and_ineligible_ones_not_again(
    edition, practices, nominator, bystander
):
    move_to(edition, Phase.DELIBERATION)
    winner = NominationFactory(edition=edition, practice=practices[0], eligibility="admisible")
    not_selected = NominationFactory(
        edition=edition, practice=practices[1], nominated_by=nominator, eligibility="admisible"
    )
    refused = NominationFactory(
        edition=edition,
        practice=PracticePageFactory(parent=practices[0].get_parent()),
        nominated_by=bystander,
        eligibility="no_admisible",
    )
    set_status(winner, "ganadora")
    set_status(not_selected, "no_seleccionada")
    advance(edition)
    (notice,) = notices_of(nominator, NOMINATION)
    assert "«Presupuesto participativo en Ipiales» no quedó entre las finalistas" in notice.text
    assert notice.url == edition.url
    assert refused.eligibility == "no_admisible" and not notices_of(bystander, NOMINATION)


def test_jurors_are_told_of_their_assignments_when_the_review_starts(
    edition, practices, juror, other_juror, bystander
):
    move_to(edition, Phase.SCREENING)
    for practice in practices:
        screen(NominationFactory(edition=edition, practice=practice), eligible=True)
    advance(edition)
    (notice,) = notices_of(juror, JURY)
    assert "Tiene 2 prácticas para evaluar" in notice.text
    assert notice.url == reverse("meeting:jury_assignments")
    assert len(notices_of(other_juror, JURY)) == 1
    assert not notices_of(bystander, JURY)


@pytest.fixture
def deadline():
    # Relative to today: the daily command has no `now` to pass and uses the real date.
    return timezone.localdate() + timedelta(days=3)


@pytest.fixture
def reviewing(edition, practices, juror, other_juror, deadline):
    """Both jurors have Catastro; the other juror already sent theirs. Deadline: in three days."""
    move_to(edition, Phase.REVIEW)
    edition.review_deadline = deadline
    edition.save()
    nomination = NominationFactory(edition=edition, practice=practices[0])
    pending = assign(nomination, juror)
    sent = assign(nomination, other_juror)
    save_scores(sent, dict.fromkeys(edition.criteria.all(), (4, "")), submit=True)
    return pending


def days_before(deadline, days):
    """7 a.m. local time, `days` before the deadline (negative: after it)."""
    return timezone.make_aware(datetime.combine(deadline - timedelta(days=days), time(7)))


def test_a_juror_with_an_unsent_sheet_is_reminded_once_before_the_deadline(
    reviewing, deadline, juror, other_juror
):
    assert send_jury_reminders(now=days_before(deadline, 9)) == 0  # too early
    assert send_jury_reminders(now=days_before(deadline, 2)) == 1
    assert send_jury_reminders(now=days_before(deadline, 2)) == 0  # the daily run is idempotent
    assert send_jury_reminders(now=days_before(deadline, 1)) == 0
    (notice,) = notices_of(juror, JURY)
    assert f"Recuerde: evalúe «Catastro multipropósito en Pasto» antes del {fecha(deadline)}" in (
        notice.text
    )
    assert notice.url == reverse("meeting:jury_score", args=[reviewing.pk])
    assert not notices_of(other_juror, JURY)  # already sent: nothing to remind


def test_no_reminder_after_the_deadline_or_once_the_review_closed(reviewing, deadline, juror):
    assert send_jury_reminders(now=days_before(deadline, -1)) == 0
    move_to(reviewing.nomination.edition, Phase.DELIBERATION)
    assert send_jury_reminders(now=days_before(deadline, 2)) == 0
    assert not notices_of(juror, JURY)


def test_the_daily_command_reminds_the_juror_with_an_unsent_sheet(reviewing, juror, capsys):
    call_command("send_jury_reminders")
    assert "Recordatorios enviados: 1" in capsys.readouterr().out
    (notice,) = notices_of(juror, JURY)
    assert notice.url == reverse("meeting:jury_score", args=[reviewing.pk])
