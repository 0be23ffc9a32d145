"""Fixtures for the search suite, which runs once per backend (`search_backend`).

The Elasticsearch half needs a live Elasticsearch 8 (`elasticsearch_url`, tests/conftest.py).
Content changes reach the index on transaction commit, as in production; the helpers below run
those commit callbacks, since each test runs inside one transaction.
"""

import uuid

import pytest

from search.backends import get_search_backend
from tests.conftest import skip_or_fail  # skip on a laptop, fail when CI=true

FILLER = "<p>Texto de relleno.</p>"
NEUTRAL_FIELDS = {
    "guia": {"purpose": FILLER, "audience": "Equipos territoriales"},
    "leccion": {
        "programme": "Programa",
        **dict.fromkeys(
            ["context", "what_was_done", "what_worked", "what_did_not", "recommendation"], FILLER
        ),
    },
    "practica": dict.fromkeys(["problem", "solution", "replication_conditions"], FILLER),
}
BACKENDS = {
    "database": {"BACKEND": "search.backends.database.DatabaseSearchBackend"},
    "elasticsearch": {"BACKEND": "search.backends.elasticsearch.ElasticsearchSearchBackend"},
}


@pytest.fixture(params=list(BACKENDS))
def search_backend(request, settings, db):
    """The site search on each backend in turn, with an empty index."""
    config = dict(BACKENDS[request.param])
    if request.param == "elasticsearch":
        url = request.getfixturevalue("elasticsearch_url")
        # Each write refreshes the index at once: visible to the next search without waiting for
        # Elasticsearch's next scheduled refresh (up to a second per write with "wait_for").
        config.update(URLS=[url], INDEX=f"redatt_test_{uuid.uuid4().hex[:8]}", REFRESH=True)
    settings.REDATT_SEARCH = config
    get_search_backend.cache_clear()
    backend = get_search_backend()
    if request.param == "elasticsearch":
        if not backend.is_available():
            skip_or_fail(f"Elasticsearch at {config['URLS'][0]} does not answer")
        backend.reset()
    yield backend
    if request.param == "elasticsearch":
        for name in backend.behind_alias():
            backend.client.indices.delete(index=name, ignore_unavailable=True)
    get_search_backend.cache_clear()


@pytest.fixture
def library(search_backend, committed):
    from knowledge.factories import create_library

    with committed():
        return create_library(summary="Índice de recursos.")


@pytest.fixture
def make_page(library, committed):
    """A published library page with neutral filler text unless given."""
    from knowledge.factories import GuidePageFactory, LessonPageFactory, PracticePageFactory

    factories = {"guia": GuidePageFactory, "leccion": LessonPageFactory}
    factories["practica"] = PracticePageFactory

    def make(title, kind="guia", summary="Texto de prueba.", **kwargs):
        factory = factories[kind]
        defaults = {"parent": library, "title": title, "summary": summary}
        defaults.update(NEUTRAL_FIELDS[kind])
        with committed():
            return factory(**{**defaults, **kwargs})

    return make
