"""Jury review: conflicts of interest refused, drafts and submissions, secrecy, juror boundaries."""

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.urls import reverse

from meeting.factories import NominationFactory, assign, create_edition, move_to
from meeting.forms import JuryAssignmentAdminForm
from meeting.models import EditionJuror, JuryAssignment, Nomination, Score
from meeting.models.pages import Phase

from .conftest import juror_from

pytestmark = pytest.mark.django_db


@pytest.fixture
def nomination(edition, practices):
    """A nomination of an edition in its jury review, where scoring happens."""
    move_to(edition, Phase.REVIEW)
    return NominationFactory(
        edition=edition, practice=practices[0], eligibility=Nomination.Eligibility.ELIGIBLE
    )


def score_url(assignment):
    return reverse("meeting:jury_score", args=[assignment.pk])


def log_in_then(url):
    """Where the admin sends someone without access to it: the login page, then back."""
    return f"{reverse('account_login')}?next={url}"


def sheet(edition, values, comment="Bien documentada"):
    data = {}
    for criterion, value in zip(edition.criteria.all(), values, strict=True):
        data[f"value_{criterion.pk}"] = "" if value is None else str(value)
        data[f"comment_{criterion.pk}"] = comment
    return data


# Conflict of interest ---------------------------------------------------------------------------


def test_juror_from_the_practice_entity_cannot_be_assigned(edition, nomination):
    dnp_juror = juror_from("dnp", "jurado_dnp")
    with pytest.raises(ValidationError, match="Conflicto de interés"):
        assign(nomination, dnp_juror)
    # Even code that skips full_clean() meets the same rule in save().
    with pytest.raises(ValidationError, match="Conflicto de interés"):
        JuryAssignment.objects.create(nomination=nomination, juror=dnp_juror)
    assert not JuryAssignment.objects.exists()


def test_juror_from_the_practice_contact_entity_cannot_be_assigned(edition, library):
    from knowledge.factories import PracticePageFactory
    from reference.models import Entity

    practice = PracticePageFactory(
        parent=library, entity="dnp", contact_entity=Entity.objects.get(slug="esap")
    )
    nomination = NominationFactory(edition=edition, practice=practice)
    with pytest.raises(ValidationError, match="Conflicto de interés"):
        assign(nomination, juror_from("esap", "jurado_contacto"))


def test_admin_assignment_form_shows_the_conflict(edition, nomination):
    dnp_juror = juror_from("dnp", "jurado_dnp")
    EditionJuror.objects.create(edition=edition, user=dnp_juror)
    form = JuryAssignmentAdminForm(data={"nomination": nomination.pk, "juror": dnp_juror.pk})
    assert not form.is_valid()
    assert "Conflicto de interés" in str(form.errors["juror"])


def test_editor_assigning_a_conflicted_juror_in_the_admin_gets_an_error(
    editor_client, edition, nomination
):
    dnp_juror = juror_from("dnp", "jurado_dnp")
    EditionJuror.objects.create(edition=edition, user=dnp_juror)
    response = editor_client.post(
        reverse("meeting_assignments:add"),
        {"nomination": nomination.pk, "juror": dnp_juror.pk},
    )
    assert response.status_code == 200
    assert "Conflicto de interés" in response.content.decode()
    assert not JuryAssignment.objects.exists()


def test_editor_assigns_a_juror_from_another_entity_in_the_admin(editor_client, juror, nomination):
    response = editor_client.post(
        reverse("meeting_assignments:add"), {"nomination": nomination.pk, "juror": juror.pk}
    )
    assert response.status_code == 302
    assert JuryAssignment.objects.get().juror == juror


def test_only_members_of_the_edition_jury_can_be_assigned(nomination):
    outsider = juror_from("esap", "jurado_de_otra_edicion")
    with pytest.raises(ValidationError, match="no forma parte del jurado"):
        JuryAssignment(nomination=nomination, juror=outsider).full_clean()


# Scoring ----------------------------------------------------------------------------------------


def test_juror_sees_their_assignments(client, juror, nomination):
    assign(nomination, juror)
    client.force_login(juror)
    page = client.get(reverse("meeting:jury_assignments")).content.decode()
    assert "Catastro multipropósito en Pasto" in page


def test_juror_saves_a_draft_then_submits(client, juror, edition, nomination):
    assignment = assign(nomination, juror)
    client.force_login(juror)
    response = client.post(
        score_url(assignment), {**sheet(edition, [4, None]), "action": "draft"}, follow=True
    )
    assert "Borrador guardado." in response.content.decode()
    assignment.refresh_from_db()
    assert not assignment.is_submitted
    assert list(assignment.scores.values_list("value", flat=True)) == [4]

    # Submitting with a criterion unscored is refused; what the juror just typed stays in the form
    # (not the saved draft) and nothing is stored.
    retyped = sheet(edition, [5, None], comment="Falta el presupuesto")
    response = client.post(score_url(assignment), {**retyped, "action": "submit"})
    assert "califique todos los criterios" in response.content.decode()
    form = BeautifulSoup(response.content, "html.parser")
    first, second = edition.criteria.all()
    checked = [
        form.select_one(f"input[name=value_{c.pk}][checked]")["value"] for c in (first, second)
    ]
    assert checked == ["5", ""]
    for criterion in (first, second):
        comment = form.select_one(f"textarea[name=comment_{criterion.pk}]")
        assert comment.get_text(strip=True) == "Falta el presupuesto"
    assignment.refresh_from_db()
    assert not assignment.is_submitted
    assert list(assignment.scores.values_list("value", "comment")) == [(4, "Bien documentada")]

    response = client.post(
        score_url(assignment), {**sheet(edition, [4, 2]), "action": "submit"}, follow=True
    )
    assert "Evaluación enviada" in response.content.decode()
    assignment.refresh_from_db()
    assert assignment.is_submitted
    assert Nomination.objects.get().status == Nomination.Status.IN_REVIEW


def test_a_submitted_evaluation_cannot_be_changed(client, juror, edition, nomination):
    assignment = assign(nomination, juror)
    client.force_login(juror)
    client.post(score_url(assignment), {**sheet(edition, [4, 2]), "action": "submit"})
    client.post(score_url(assignment), {**sheet(edition, [1, 1]), "action": "draft"})
    assert sorted(Score.objects.values_list("value", flat=True)) == [2, 4]


def test_scores_outside_1_to_5_are_refused_by_the_form_and_the_database(
    client, juror, edition, nomination
):
    from django.db import IntegrityError, transaction

    assignment = assign(nomination, juror)
    client.force_login(juror)
    response = client.post(score_url(assignment), {**sheet(edition, [9, 2]), "action": "draft"})
    assert "Revise los campos marcados" in response.content.decode()
    assert not Score.objects.exists()
    with pytest.raises(IntegrityError), transaction.atomic():
        Score.objects.create(assignment=assignment, criterion=edition.criteria.first(), value=6)


# Secrecy and boundaries ------------------------------------------------------------------------


def test_juror_cannot_see_other_jurors_scores_until_the_review_closes(
    client, juror, other_juror, edition, nomination
):
    mine = assign(nomination, juror)
    theirs = assign(nomination, other_juror)
    client.force_login(other_juror)
    client.post(
        score_url(theirs),
        {
            **sheet(edition, [2, 3], comment="Comentario secreto del otro jurado"),
            "action": "submit",
        },
    )
    client.force_login(juror)
    assert "Comentario secreto del otro jurado" not in client.get(score_url(mine)).content.decode()
    # Nor by opening the other juror's sheet directly.
    assert client.get(score_url(theirs)).status_code == 404

    move_to(edition, Phase.DELIBERATION)
    assert "Comentario secreto del otro jurado" in client.get(score_url(mine)).content.decode()


def test_juror_cannot_open_another_editions_nominations(client, juror, edition, practices):
    past = create_edition(year=2025, call="closed", jurors=[juror])
    past_nomination = NominationFactory(edition=past, practice=practices[1])
    others = assign(past_nomination, juror_from("esap", "jurado_2025"))
    client.force_login(juror)
    assert client.get(score_url(others)).status_code == 404
    assert (
        "Presupuesto participativo"
        not in client.get(reverse("meeting:jury_assignments")).content.decode()
    )


def test_juror_cannot_edit_pages_or_reach_the_editors_desk(client, juror, edition):
    client.force_login(juror)
    for url in (
        f"/admin/pages/{edition.pk}/edit/",
        reverse("meeting_admin_review", args=[edition.pk]),
    ):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, log_in_then(url))


def test_member_cannot_reach_jury_or_editor_views(member_client, juror, edition, nomination):
    assignment = assign(nomination, juror)
    assert member_client.get(reverse("meeting:jury_assignments")).status_code == 403
    assert member_client.get(score_url(assignment)).status_code == 403
    for url in (
        reverse("meeting_admin_review", args=[edition.pk]),
        reverse("meeting_admin_ranking_csv", args=[edition.pk]),
    ):
        response = member_client.get(url)
        assert (response.status_code, response.url) == (302, log_in_then(url))


def test_anonymous_visitor_is_sent_to_log_in_for_jury_pages(client):
    response = client.get(reverse("meeting:jury_assignments"))
    assert response.status_code == 302 and "/cuenta/ingresar/" in response["Location"]


def test_edition_page_points_its_jurors_to_their_assignments(client, juror, member, edition):
    link = reverse("meeting:jury_assignments")
    client.force_login(juror)
    assert link in client.get(edition.url).content.decode()
    client.force_login(member)
    assert link not in client.get(edition.url).content.decode()


def test_admin_assignment_form_offers_only_jury_members(edition, juror, member):
    choices = JuryAssignmentAdminForm().fields["juror"].queryset
    assert juror in choices and member not in choices


def test_juror_sees_the_deadline_of_each_edition_in_the_sites_date_style(
    client, juror, edition, nomination
):
    """Issue 28 item 4: the jury list says until when to score."""
    import datetime

    edition.review_deadline = datetime.date(2026, 11, 20)
    edition.save(update_fields=["review_deadline"])
    assign(nomination, juror)
    client.force_login(juror)
    page = client.get(reverse("meeting:jury_assignments")).content.decode()
    assert 'califique hasta el <time datetime="2026-11-20">20 de noviembre de 2026</time>' in page
