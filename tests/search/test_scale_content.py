"""Content generated at scale for the benchmark behaves like content people published."""

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from community.factories import SpacePageFactory, create_community
from community.models import Post, Thread
from knowledge.models import KnowledgePage
from search import indexing
from tests.search.test_search_behaviour import api, facet_counts, search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def space(library, committed):
    with committed():
        return SpacePageFactory(parent=create_community(), title="Hacienda territorial")


def generate(**counts):
    call_command("generate_content", stdout=open("/dev/null", "w"), **counts)  # noqa: SIM115


def test_generated_pages_are_published_in_a_valid_tree_and_open(client, library, space):
    generate(library=9, threads=3, posts=8)

    assert Page.find_problems() == ([], [], [], [], [])
    pages = KnowledgePage.objects.child_of(library).live().public()
    assert pages.count() == 9
    for page in pages:
        assert client.get(page.url).status_code == 200
    listing = client.get(library.url).content.decode()
    assert pages.first().title.split()[0] in listing
    assert Thread.objects.filter(space=space).count() == 3
    assert Post.objects.filter(thread__space=space).count() == 8
    for thread in Thread.objects.all():
        assert client.get(thread.get_absolute_url()).status_code == 200


def test_generated_content_is_found_after_a_rebuild(client, library, space):
    generate(library=6, threads=2, posts=4)
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115

    page = KnowledgePage.objects.child_of(library).first()
    thread = Thread.objects.first()
    found = {hit["url"] for hit in api(client, f'"{page.title}"')["results"]}
    assert page.url in found
    found = {hit["url"] for hit in api(client, f'"{thread.title}"')["results"]}
    assert thread.get_absolute_url() in found


def test_rebuilding_costs_the_same_queries_for_few_or_many_items(library, space):
    """Related rows are prefetched per chunk, not fetched once per page or per thread."""
    generate(library=3, threads=2, posts=2)
    indexing.rebuild()  # Django's content-type cache is filled on first use
    with CaptureQueriesContext(connection) as few:
        indexing.rebuild()
    generate(library=12, threads=8, posts=20)
    with CaptureQueriesContext(connection) as many:
        indexing.rebuild()
    assert len(many) == len(few)


def test_the_same_seed_gives_the_same_titles(library, space):
    generate(library=3, seed=7)
    first = list(KnowledgePage.objects.order_by("pk").values_list("title", flat=True))
    KnowledgePage.objects.all().delete()
    generate(library=3, seed=7)
    assert list(KnowledgePage.objects.order_by("pk").values_list("title", flat=True)) == first


def test_facet_counts_follow_changes_made_after_an_earlier_search(client, make_page, committed):
    """Each process keeps derived counts; any change to the index must show in the next search."""
    make_page("Catastro en Pasto", capacity_types=["poblacional"])
    assert facet_counts(api(client, "catastro"), "tipo") == {"poblacional": 1}

    second = make_page("Catastro en Tumaco", capacity_types=["poblacional"])
    assert facet_counts(api(client, "catastro"), "tipo") == {"poblacional": 2}

    with committed():
        second.unpublish()
    assert facet_counts(api(client, "catastro"), "tipo") == {"poblacional": 1}


def test_typo_correction_learns_words_published_after_an_earlier_search(client, make_page):
    make_page("Presupuesto participativo")
    assert titles(search(client, "presupuetso")) == ["Presupuesto participativo"]
    make_page("Catastro multipropósito")
    assert titles(search(client, "catsatro")) == ["Catastro multipropósito"]


def test_newest_first_order_places_content_published_after_an_earlier_search(client, make_page):
    """The newest-first order is derived once per index change, like the facet counts."""
    make_page("Regalías 2021", publication_date="2021-05-01")
    make_page("Regalías 2023", publication_date="2023-05-01")
    assert titles(search(client, "regalías", orden="recientes")) == [
        "Regalías 2023",
        "Regalías 2021",
    ]
    make_page("Regalías 2022", publication_date="2022-05-01")
    make_page("Regalías 2024", publication_date="2024-05-01")
    assert titles(search(client, "regalías", orden="recientes")) == [
        "Regalías 2024",
        "Regalías 2023",
        "Regalías 2022",
        "Regalías 2021",
    ]
