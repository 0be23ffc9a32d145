"""Meeting roles are permissions, not group names: an admin renaming a group changes no rights.

Editors curate (`meeting.curate_meeting`: the review desk), jurors serve (`meeting.serve_on_jury`:
their assignments and score sheets). Either permission may come from any group or be granted to
one person directly; a group that merely carries the old name gets nothing.
"""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from accounts import roles
from accounts.factories import GroupFactory, UserFactory, give_authenticator_app
from meeting.factories import NominationFactory, assign, move_to
from meeting.forms import JuryAssignmentAdminForm
from meeting.models import EditionJuror
from meeting.models.pages import Phase
from reference.models import Entity

from .test_review import score_url, sheet

pytestmark = pytest.mark.django_db


def rename(old, new):
    Group.objects.filter(name=old).update(name=new)


def in_group_named(name, permissions=()):
    """Someone whose only group carries `name` and holds just `permissions`."""
    user = UserFactory(roles=[])
    user.groups.add(GroupFactory(name=name, permissions=permissions))
    give_authenticator_app(user)  # as staff must have, so only the permissions decide here
    return user


def desk_pages(edition):
    return [
        reverse("meeting_admin_editions"),
        reverse("meeting_admin_review", args=[edition.pk]),
        reverse("meeting_admin_ranking_csv", args=[edition.pk]),
    ]


def refused_in_admin(response):
    """Wagtail turns an admin view's 403 into a redirect to the dashboard, with a message."""
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def nomination(edition, practices):
    move_to(edition, Phase.REVIEW)
    return NominationFactory(edition=edition, practice=practices[0])


# The review desk -------------------------------------------------------------------------------


def test_editors_keep_the_desk_when_their_group_is_renamed(editor_client, edition):
    rename(roles.EDITORS, "Equipo editorial")
    for url in desk_pages(edition):
        assert editor_client.get(url).status_code == 200, url
    assert reverse("meeting_admin_editions") in editor_client.get("/admin/").content.decode()


def test_the_curate_permission_alone_opens_the_desk(client, edition):
    client.force_login(
        UserFactory(roles=[], permissions=["wagtailadmin.access_admin", "meeting.curate_meeting"])
    )
    for url in desk_pages(edition):
        assert client.get(url).status_code == 200, url


def test_a_group_that_only_carries_the_editors_name_is_refused(client, edition):
    rename(roles.EDITORS, "Equipo editorial")
    client.force_login(in_group_named(roles.EDITORS, ["wagtailadmin.access_admin"]))
    for url in desk_pages(edition):
        assert refused_in_admin(client.get(url)), url
    phase = reverse("meeting_admin_phase", args=[edition.pk])
    assert refused_in_admin(client.post(phase, {"confirm": "1"}))
    edition.refresh_from_db()
    assert edition.phase == Phase.CALL
    assert reverse("meeting_admin_editions") not in client.get("/admin/").content.decode()


# The jury --------------------------------------------------------------------------------------


def test_jurors_keep_their_pages_when_the_jury_group_is_renamed(client, juror, edition, nomination):
    rename(roles.JURY, "Jurado del encuentro")
    assignment = assign(nomination, juror)
    client.force_login(juror)
    assert client.get(reverse("meeting:jury_assignments")).status_code == 200
    assert client.get(score_url(assignment)).status_code == 200
    # Editors can still name them: the assignment form and the edition's jury panel.
    assert juror in JuryAssignmentAdminForm().fields["juror"].queryset
    EditionJuror._meta.get_field("user").validate(juror.pk, EditionJuror(edition=edition))


def test_the_jury_permission_alone_opens_the_jury_pages(client, edition, nomination):
    juror = UserFactory(roles=[], permissions=["meeting.serve_on_jury"])
    assert juror in JuryAssignmentAdminForm().fields["juror"].queryset
    assignment = assign(nomination, juror)
    client.force_login(juror)
    response = client.post(score_url(assignment), {**sheet(edition, [4, 3]), "action": "draft"})
    assert response.status_code == 302
    assert assignment.scores.count() == 2


def test_a_group_that_only_carries_the_jury_name_is_refused(client, juror, edition, nomination):
    rename(roles.JURY, "Jurado del encuentro")
    impostor = in_group_named(roles.JURY)
    client.force_login(impostor)
    assert client.get(reverse("meeting:jury_assignments")).status_code == 403
    assert client.get(score_url(assign(nomination, juror))).status_code == 403
    assert impostor not in JuryAssignmentAdminForm().fields["juror"].queryset


def test_a_juror_whose_entity_now_offers_the_practice_is_recused(
    client, juror, edition, nomination
):
    """Assigned without a conflict, then moved to the practice's entity: the sheet is closed."""
    assignment = assign(nomination, juror)
    juror.profile.entity = Entity.objects.get(slug="dnp")
    juror.profile.save()
    client.force_login(juror)
    page = client.get(score_url(assignment)).content.decode()
    assert "conflicto de interés" in page and 'name="action"' not in page
    client.post(score_url(assignment), {**sheet(edition, [4, 3]), "action": "submit"})
    assignment.refresh_from_db()
    assert not assignment.is_submitted and not assignment.scores.exists()
