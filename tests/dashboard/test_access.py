"""Who may open the demand dashboard: holders of `dashboard.view_dashboard` (Editores and
"Entidades oferentes"), decided by the permission, never by a group's name; everyone else is
refused and sees no figure."""

import pytest

from django.contrib.auth.models import Group

from accounts import roles
from accounts.factories import GroupFactory, UserFactory, give_authenticator_app
from knowledge.factories import PracticePageFactory, UsefulnessAnswerFactory, create_library

from .conftest import DASHBOARD, csv_url

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Práctica que solo ven los lectores del tablero"


@pytest.fixture(autouse=True)
def answered_practice():
    practice = PracticePageFactory(parent=create_library(), title=SECRET_TITLE)
    UsefulnessAnswerFactory(page=practice, useful=True)


def assert_reads_the_dashboard(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert SECRET_TITLE in response.content.decode()
    assert client.get(csv_url("le-sirvio")).status_code == 200
    assert DASHBOARD in client.get("/admin/").content.decode()  # the menu item


def assert_refused(client):
    for path in (DASHBOARD, csv_url("le-sirvio")):
        response = client.get(path)
        assert response.status_code != 200, path
        assert "Content-Disposition" not in response
        assert SECRET_TITLE not in response.content.decode()


def test_editors_read_the_dashboard(editor_client):
    assert_reads_the_dashboard(editor_client)


def test_the_offering_entities_role_reads_the_dashboard(offering_entity_client):
    assert_reads_the_dashboard(offering_entity_client)


def test_editors_keep_it_when_their_group_is_renamed(editor_client):
    Group.objects.filter(name=roles.EDITORS).update(name="Equipo editorial")
    assert_reads_the_dashboard(editor_client)


def test_the_permission_granted_directly_opens_it(client):
    reader = UserFactory(
        roles=[], permissions=["wagtailadmin.access_admin", "dashboard.view_dashboard"]
    )
    client.force_login(reader)
    assert_reads_the_dashboard(client)


def test_a_moderator_is_refused_with_a_403_and_sees_no_menu_item(client):
    client.force_login(UserFactory(roles=[roles.MODERATORS]))
    assert_refused(client)
    response = client.get(DASHBOARD)
    assert response.status_code == 403
    assert "no tiene permiso para ver el tablero" in response.content.decode()
    assert DASHBOARD not in client.get("/admin/").content.decode()


def test_a_training_publisher_is_refused(client):
    client.force_login(UserFactory(roles=[roles.TRAINING_PUBLISHERS]))
    assert_refused(client)
    assert client.get(DASHBOARD).status_code == 403


def test_a_plain_member_is_refused(member_client):
    """Members cannot open the admin at all: Wagtail sends them to sign in."""
    assert_refused(member_client)
    response = member_client.get(DASHBOARD)
    assert response.status_code == 302 and response["Location"].endswith("?next=/admin/tablero/")


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    assert_refused(client)


def test_a_group_that_only_carries_the_role_name_reads_nothing(client):
    Group.objects.filter(name=roles.OFFERING_ENTITIES).update(name="Entidades (antes)")
    impostor = UserFactory(roles=[])
    impostor.groups.add(
        GroupFactory(name=roles.OFFERING_ENTITIES, permissions=["wagtailadmin.access_admin"])
    )
    give_authenticator_app(impostor)  # as staff must have, so only the permissions decide here
    client.force_login(impostor)
    assert_refused(client)
    assert client.get(DASHBOARD).status_code == 403
