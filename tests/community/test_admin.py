"""Editors create spaces in the Wagtail admin; privacy follows the space's visibility."""

from wagtail.models import PageViewRestriction

from community.factories import SpacePageFactory

from .conftest import login


def test_editor_opens_the_new_space_form(client, editor, community):
    login(client, editor)
    response = client.get(f"/admin/pages/add/community/spacepage/{community.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    for label in ("Visibilidad", "Moderadores", "Normas del espacio"):
        assert label.lower() in body.lower()


def test_visibility_change_updates_the_view_restriction(community):
    space = SpacePageFactory(parent=community, title="Interno", visibility="privado")
    assert PageViewRestriction.objects.filter(page=space).exists()
    space.visibility = "publico"
    space.save()
    assert not PageViewRestriction.objects.filter(page=space).exists()
