"""A private space leaves no trace for non-members: pages, lists, home, API, sitemap, search."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from .conftest import login

SECRET = "Secreto del Pacífico"
PUBLIC_CONTROL = "Pesca artesanal en el Pacífico"


@pytest.fixture
def everything(public_thread, private_thread):
    return private_thread


@pytest.fixture(params=["anonymous", "outsider", "pending"])
def non_member(request, client, outsider, private_space):
    """Nobody, a logged-in stranger, and someone whose request to join is still pending."""
    if request.param == "outsider":
        login(client, outsider)
    elif request.param == "pending":
        from community.factories import MembershipFactory

        MembershipFactory(space=private_space, user=outsider, status="pendiente")
        login(client, outsider)
    return client


def test_non_member_gets_404_on_the_private_space_page(non_member, everything, private_space):
    assert non_member.get(private_space.url).status_code == 404


def test_non_member_gets_404_on_every_private_thread_and_post_url(non_member, everything):
    post = everything.posts.first()
    for url in (
        reverse("community:thread", args=[everything.pk]),
        reverse("community:edit_post", args=[post.pk]),
        reverse("community:flag_post", args=[post.pk]),
        reverse("community:post_history", args=[post.pk]),
        reverse("community:new_thread", args=[everything.space_id]),
        reverse("community:moderation", args=[everything.space_id]),
    ):
        assert non_member.get(url).status_code in (404, 302), url
        if non_member.get(url).status_code == 302:  # anonymous: login first, then 404
            assert "/cuenta/ingresar/" in non_member.get(url)["Location"]


def test_a_missing_thread_and_a_private_one_look_the_same(client, outsider, everything):
    login(client, outsider)
    private = client.get(reverse("community:thread", args=[everything.pk]))
    missing = client.get(reverse("community:thread", args=[everything.pk + 999]))
    assert private.status_code == missing.status_code == 404


def test_non_member_finds_no_private_title_in_listings(
    non_member, everything, community, public_thread
):
    for url in (community.url, everything.space.get_parent().url, "/"):
        response = non_member.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert public_thread.title in body, url  # the listing is there, only the secret is not
        assert SECRET not in body
        assert "Región Pacífico" not in body


def test_private_space_is_not_in_the_api_or_the_sitemap(client, everything, private_space):
    listing = client.get("/api/v2/pages/?limit=20").json()
    assert private_space.pk not in [item["id"] for item in listing["items"]]
    assert client.get(f"/api/v2/pages/{private_space.pk}/").status_code == 404
    sitemap = client.get("/sitemap.xml").content.decode()
    assert private_space.slug not in sitemap
    assert everything.space.get_parent().slug in sitemap
    assert f"/comunidad/hilos/{everything.pk}/" not in sitemap


def test_sitemap_lists_public_threads(client, public_thread):
    assert f"/comunidad/hilos/{public_thread.pk}/" in client.get("/sitemap.xml").content.decode()


@pytest.fixture
def indexed(db, django_capture_on_commit_callbacks, request, member):
    """The private thread and a public one on the same subject, in the search index.

    The index is written when a transaction commits, and a test runs inside one that never does:
    the commit callbacks of everything created here are run, as a real request's commit runs them.
    """
    from community.factories import ThreadFactory

    with django_capture_on_commit_callbacks(execute=True):
        private_thread = request.getfixturevalue("everything")
        ThreadFactory(
            space=request.getfixturevalue("public_space"), author=member, title=PUBLIC_CONTROL
        )
    return private_thread


def search_hits(client, q):
    """(title, territory) of each hit on the search page, as shown."""
    soup = BeautifulSoup(client.get("/buscar/", {"q": q}).content, "html.parser")

    def text(hit, selector):
        element = hit.select_one(selector)
        return element.get_text(strip=True) if element else ""

    return [
        (text(hit, ".result-title a"), text(hit, ".result-territory"))
        for hit in soup.select("ol.results li.result")
    ]


def test_site_search_finds_nothing_of_the_private_space(indexed, non_member):
    hits = search_hits(non_member, "Pacífico")
    assert (PUBLIC_CONTROL, "Hacienda territorial") in hits  # the same search finds public threads
    assert [title for title, _ in hits] == [PUBLIC_CONTROL]
    assert "Región Pacífico" not in {territory for _, territory in hits}


def test_site_search_finds_the_private_thread_for_its_members(client, member, indexed):
    login(client, member)
    hits = search_hits(client, "Pacífico")
    assert (SECRET, "Región Pacífico") in hits
    assert (PUBLIC_CONTROL, "Hacienda territorial") in hits


def test_private_space_is_not_in_the_main_menu(client, everything):
    body = client.get("/").content.decode()
    assert "Comunidad" in body
    assert "Región Pacífico" not in body


def test_member_reads_the_private_space_and_its_threads(client, member, everything):
    login(client, member)
    assert SECRET in client.get(everything.space.url).content.decode()
    page = client.get(reverse("community:thread", args=[everything.pk])).content.decode()
    assert "Contenido reservado del Pacífico" in page


def test_public_space_is_read_by_anyone(client, public_thread):
    assert "¿Cómo actualizar el catastro?" in client.get(public_thread.space.url).content.decode()
    assert client.get(public_thread.get_absolute_url()).status_code == 200


def test_home_shows_active_public_threads_only(client, everything, public_thread):
    body = client.get("/").content.decode()
    assert "¿Cómo actualizar el catastro?" in body
    assert SECRET not in body
