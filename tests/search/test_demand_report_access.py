"""Who reads the search demand report is a permission, `search.view_searchquerylog`, not a name.

Editores hold it from a migration; an admin renaming the group changes nothing, anyone may be
given it directly, and a group that only carries the name "Editores" reads nothing.
"""

import pytest

from django.contrib.auth.models import Group

from accounts import roles
from accounts.factories import GroupFactory, UserFactory, give_authenticator_app
from search.factories import SearchQueryLogFactory

from .test_demand_report import CSV, REPORT, days_ago

pytestmark = pytest.mark.django_db

SECRET = "consulta confidencial"


@pytest.fixture(autouse=True)
def logged_search():
    SearchQueryLogFactory(query=SECRET, created_at=days_ago(1))


def assert_reads_the_report(client):
    assert SECRET in client.get(REPORT).content.decode()
    assert client.get(CSV).status_code == 200
    assert REPORT in client.get("/admin/").content.decode()


def test_editors_keep_the_report_when_their_group_is_renamed(editor_client):
    Group.objects.filter(name=roles.EDITORS).update(name="Equipo editorial")
    assert_reads_the_report(editor_client)


def test_the_permission_granted_directly_opens_the_report(client):
    reader = UserFactory(
        roles=[], permissions=["wagtailadmin.access_admin", "search.view_searchquerylog"]
    )
    client.force_login(reader)
    assert_reads_the_report(client)


def test_a_group_that_only_carries_the_editors_name_reads_nothing(client):
    Group.objects.filter(name=roles.EDITORS).update(name="Equipo editorial")
    impostor = UserFactory(roles=[])
    impostor.groups.add(GroupFactory(name=roles.EDITORS, permissions=["wagtailadmin.access_admin"]))
    give_authenticator_app(impostor)  # as staff must have, so only the permissions decide here
    client.force_login(impostor)
    for path in (REPORT, CSV):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == "/admin/", path
        assert "Content-Disposition" not in response
        assert SECRET not in response.content.decode()
    assert REPORT not in client.get("/admin/").content.decode()
