"""The rubric is editable until the review starts, then frozen in the model and the admin."""

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse

from meeting.factories import move_to
from meeting.forms import CriterionAdminForm
from meeting.models import Criterion
from meeting.models.pages import Phase

pytestmark = pytest.mark.django_db


def test_criteria_can_be_changed_before_the_review_starts(edition):
    criterion = edition.criteria.first()
    criterion.weight = 10
    criterion.full_clean()
    criterion.save()
    Criterion.objects.create(edition=edition, name="Sostenibilidad", weight=1)
    assert edition.criteria.count() == 3


def test_rubric_is_frozen_once_the_review_starts(edition):
    move_to(edition, Phase.REVIEW)
    criterion = edition.criteria.first()
    criterion.weight = 10
    with pytest.raises(ValidationError, match="rúbrica está congelada"):
        criterion.full_clean()
    with pytest.raises(ValidationError, match="rúbrica está congelada"):
        criterion.save()
    with pytest.raises(ValidationError, match="rúbrica está congelada"):
        Criterion.objects.create(edition=edition, name="Nuevo", weight=1)
    with pytest.raises(ValidationError, match="rúbrica está congelada"):
        criterion.delete()
    assert [c.weight for c in edition.criteria.all()] == [3, 1]


def test_admin_form_refuses_changes_to_a_frozen_rubric(edition):
    move_to(edition, Phase.REVIEW)
    criterion = edition.criteria.first()
    form = CriterionAdminForm(
        instance=criterion,
        data={"edition": edition.pk, "name": criterion.name, "weight": 10, "sort_order": 0},
    )
    assert not form.is_valid()
    assert "rúbrica está congelada" in str(form.non_field_errors())


def test_editor_editing_a_frozen_criterion_in_the_admin_sees_why(editor_client, edition):
    move_to(edition, Phase.REVIEW)
    criterion = edition.criteria.first()
    response = editor_client.post(
        reverse("meeting_rubric:edit", args=[criterion.pk]),
        {"edition": edition.pk, "name": criterion.name, "weight": 10, "sort_order": 0},
    )
    assert response.status_code == 200
    assert "rúbrica está congelada" in response.content.decode()
    criterion.refresh_from_db()
    assert criterion.weight == 3


def test_editor_edits_the_rubric_in_the_admin_before_the_review(editor_client, edition):
    criterion = edition.criteria.first()
    response = editor_client.post(
        reverse("meeting_rubric:edit", args=[criterion.pk]),
        {"edition": edition.pk, "name": criterion.name, "weight": 10, "sort_order": 0},
    )
    assert response.status_code == 302
    criterion.refresh_from_db()
    assert criterion.weight == 10


def test_publishing_the_edition_page_again_keeps_the_review_started(edition):
    old_revision = edition.latest_revision
    move_to(edition, Phase.REVIEW)
    old_revision.publish()
    edition.refresh_from_db()
    assert edition.review_started


def test_editor_deleting_a_frozen_criterion_is_refused_with_a_message(editor_client, edition):
    move_to(edition, Phase.REVIEW)
    criterion = edition.criteria.first()
    response = editor_client.post(
        reverse("meeting_rubric:delete", args=[criterion.pk]), follow=True
    )
    assert "rúbrica está congelada" in response.content.decode()
    assert Criterion.objects.filter(pk=criterion.pk).exists()
