"""A space's privacy is its «visibilidad» field: Wagtail's privacy dialog cannot lift it.

Lifting the login restriction there would put a private space's title and summary on every
`.public()` channel (search, the Wagtail API, the sitemap) while its field still says private.
"""

import pytest

from wagtail.models import PageViewRestriction

from community.factories import MembershipFactory, SpacePageFactory, ThreadFactory, create_community
from tests.search.test_search_behaviour import api, assert_hidden, search, titles

pytestmark = pytest.mark.django_db

TITLE = "Región Pacífico"
SUMMARY = "Resumen reservado de la mesa del Pacífico"


@pytest.fixture
def private_space(search_backend, committed, member):
    with committed():
        space = SpacePageFactory(
            parent=create_community(), title=TITLE, summary=SUMMARY, visibility="privado"
        )
        MembershipFactory(space=space, user=member)
        ThreadFactory(
            space=space, author=member, title="Regalías del Pacífico", source="Acta reservada."
        )
    return space


def privacy_url(space):
    return f"/admin/pages/{space.pk}/privacy/"


def assert_nothing_public(client, space):
    """Not on the search page, the JSON API, autocomplete, the Wagtail API or the sitemap."""
    assert_hidden(client, "pacífico", TITLE, visible=0)
    assert_hidden(client, "regalías", "Regalías del Pacífico", visible=0)
    assert api(client, "reservada")["total"] == 0
    listing = client.get("/api/v2/pages/", {"type": "community.SpacePage", "fields": "*"})
    assert listing.status_code == 200
    assert listing.json()["meta"]["total_count"] == 0
    assert client.get(f"/api/v2/pages/{space.pk}/").status_code == 404
    assert space.slug not in client.get("/sitemap.xml").content.decode()


def test_the_privacy_dialog_of_a_space_offers_no_choice_and_points_to_the_field(
    admin_client, private_space
):
    html = admin_client.get(privacy_url(private_space)).json()["html"]
    assert 'name="restriction_type"' not in html
    assert "Visibilidad" in html


def test_lifting_a_private_space_restriction_in_the_dialog_changes_nothing(
    admin_client, client, member, private_space, committed
):
    with committed():
        response = admin_client.post(privacy_url(private_space), {"restriction_type": "none"})
    assert response.status_code == 200
    assert response.json().get("step") != "set_privacy_done"
    assert PageViewRestriction.objects.filter(page=private_space).exists()
    private_space.refresh_from_db()
    assert private_space.is_private

    assert_nothing_public(client, private_space)
    client.force_login(member)
    assert titles(search(client, "regalías")) == ["Regalías del Pacífico"]


def test_restricting_a_public_space_in_the_dialog_changes_nothing_either(
    admin_client, private_space, committed
):
    """The field alone decides, both ways: the dialog never adds a restriction behind it."""
    with committed():
        public = SpacePageFactory(parent=private_space.get_parent(), title="Hacienda territorial")
        admin_client.post(privacy_url(public), {"restriction_type": "login"})
    assert not PageViewRestriction.objects.filter(page=public).exists()
