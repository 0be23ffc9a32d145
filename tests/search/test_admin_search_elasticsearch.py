"""The Wagtail admin's page search on Elasticsearch, as production runs it with ELASTICSEARCH_URL.

Wagtail's `elasticsearch8` backend creates its indexes with n-gram analyzers from Elasticsearch's
`analysis-common` module; the suite's test distribution lacks that module, and .ci/es-analysis/
stands in for it. These tests check that `update_index` is accepted there and that an editor finds
a page in the admin by a word of its title and by the start of one (the admin's search box
autocompletes), accents folded. The test settings keep the admin search on the database; here it
is switched to a live Elasticsearch (`elasticsearch_url`, see conftest) with indexes of its own.
"""

import io
import uuid

import pytest

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests.conftest import skip_or_fail

TITLE = "Gestión del riesgo de catástrofes en el territorio"
OTHER_TITLE = "Plan de ordenamiento municipal"


@pytest.fixture
def wagtail_elasticsearch(settings, elasticsearch_url, db):
    """Wagtail's search on Elasticsearch for one test; its indexes are deleted afterwards.

    Wagtail builds a backend from the setting on every `get_search_backend()` call (nothing is
    cached), so overriding the setting is enough.
    """
    prefix = f"redatt_test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 10,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
    client = get_search_backend().es
    try:  # cluster health, not ping: the test distribution has no root endpoint
        client.cluster.health(wait_for_status="yellow", timeout="10s")
    except Exception as error:  # noqa: BLE001 - any transport failure means "not there"
        skip_or_fail(f"Elasticsearch at {elasticsearch_url} does not answer: {error}")
    yield prefix
    # Atomic rebuilds leave <prefix><model>_<random> indexes behind aliases; deleting an index
    # drops its aliases. Wildcard deletes are refused (action.destructive_requires_name).
    for name in client.indices.get(index=f"{prefix}*", expand_wildcards="all"):
        client.indices.delete(index=name, ignore_unavailable=True)


@pytest.fixture
def pages(wagtail_elasticsearch):
    """Two published guides, indexed with `update_index` (page saves in a test transaction never
    reach the index: Wagtail indexes on commit)."""
    from knowledge.factories import GuidePageFactory, create_library

    library = create_library()
    guide = GuidePageFactory(parent=library, title=TITLE)
    other = GuidePageFactory(parent=library, title=OTHER_TITLE)
    output = io.StringIO()
    call_command("update_index", stdout=output, stderr=output)
    assert "Unknown tokenizer" not in output.getvalue()
    return guide, other


def page_ids(results):
    return {page.pk for page in results}


def test_update_index_creates_wagtail_indexes(pages, wagtail_elasticsearch):
    client = get_search_backend().es
    aliases = client.indices.get_alias(index=f"{wagtail_elasticsearch}*")
    indexes = {alias for info in aliases.values() for alias in info["aliases"]}
    assert f"{wagtail_elasticsearch}wagtailcore_page" in indexes


def test_page_search_finds_a_word_of_the_title(pages):
    guide, other = pages
    found = page_ids(Page.objects.live().search("riesgo"))
    assert guide.pk in found
    assert other.pk not in found


def test_page_autocomplete_finds_the_start_of_a_word_accents_folded(pages):
    guide, other = pages
    # "catas" is the start of "catástrofes": edge n-grams of the folded title.
    found = page_ids(Page.objects.live().autocomplete("catas"))
    assert guide.pk in found
    assert other.pk not in found
    assert page_ids(Page.objects.live().autocomplete("ordenam")) >= {other.pk}


def test_admin_page_search_shows_the_page_for_a_partial_word(pages, editor_client):
    guide, other = pages
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": "catas"})
    assert response.status_code == 200
    html = response.content.decode()
    assert guide.title in html
    assert other.title not in html
