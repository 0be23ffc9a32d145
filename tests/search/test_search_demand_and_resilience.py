"""Demand log and report, editors' picks, list-page query counts, and an engine that is down.

The report's period, CSV and permissions are in test_demand_report.py."""

import io
import logging
import uuid
from contextlib import contextmanager

import pytest

from django.core.management import call_command
from django.test import Client

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.backends import get_search_backend
from search.models import PendingIndexUpdate, SearchQueryLog

pytestmark = pytest.mark.django_db


def test_every_search_is_logged_without_personal_data(member_client, make_page):
    make_page("Guía de regalías", sectors=["salud"])
    member_client.get("/buscar/", {"q": "regalías", "sector": "salud"})
    member_client.get("/api/search/", {"q": "catastro"})
    logs = list(SearchQueryLog.objects.order_by("created_at"))
    assert [(log.query, log.filters, log.result_count) for log in logs] == [
        ("regalías", {"sector": ["salud"]}, 1),
        ("catastro", {}, 0),
    ]
    field_names = {field.name for field in SearchQueryLog._meta.get_fields()}
    assert field_names == {"id", "query", "filters", "result_count", "created_at"}


def test_turning_pages_logs_the_search_once(client, make_page):
    for n in range(21):
        make_page(f"Informe de regalías {n}")
    client.get("/buscar/", {"q": "regalías"})
    client.get("/buscar/", {"q": "regalías", "page": 2})
    assert SearchQueryLog.objects.count() == 1


def test_editors_see_top_and_zero_result_queries(editor_client, make_page):
    make_page("Guía de regalías")
    for q in ["regalías", "Regalías", "catastro rural"]:
        Client().get("/buscar/", {"q": q})  # visitors
    html = editor_client.get("/admin/informes/busquedas/").content.decode()
    top, zero = html.split("Consultas sin resultados")
    assert "regalías" in top and "<td>2</td>" in top
    assert "catastro rural" in zero and "regalías" not in zero


def test_editors_picks_come_first_and_only_when_public(client, make_page):
    pick = make_page("Guía recomendada de catastro", summary="Sin la palabra buscada.")
    draft = make_page("Borrador recomendado", live=False)
    make_page("Regalías en el departamento")
    query = Query.get("regalías")
    SearchPromotion.objects.create(query=query, page=pick, description="Lectura obligada.")
    SearchPromotion.objects.create(query=query, page=draft, description="No debe verse.")
    html = client.get("/buscar/", {"q": "Regalías"}).content.decode()
    assert html.index("Guía recomendada de catastro") < html.index("Regalías en el departamento")
    assert "Lectura obligada." in html
    assert "Borrador recomendado" not in html


def test_the_results_page_queries_do_not_grow_with_hits(
    client, make_page, django_assert_max_num_queries
):
    for n in range(20):
        make_page(f"Informe de regalías {n}", sectors=["salud"], departments=["52"])
    # One request first, as on a running site: once-per-site work (the footer's settings row,
    # the cached link root) is not what this bound is about.
    client.get("/buscar/", {"q": "otra consulta"})
    with django_assert_max_num_queries(22):  # PostgreSQL 19: 6 steer its planner
        response = client.get("/buscar/", {"q": "regalías"})
    assert len(response.context["page"].object_list) == 20


@pytest.fixture
def engine_down(settings, db):
    """The Elasticsearch backend pointed at a port where nothing listens."""
    settings.REDATT_SEARCH = {
        "BACKEND": "search.backends.elasticsearch.ElasticsearchSearchBackend",
        "URLS": ["http://127.0.0.1:9"],
        "TIMEOUT": 1,
    }
    get_search_backend.cache_clear()
    yield
    get_search_backend.cache_clear()


def test_publishing_works_while_the_engine_is_down(engine_down, committed, caplog):
    from knowledge.factories import GuidePageFactory, create_library

    with caplog.at_level(logging.WARNING, logger="search.indexing"), committed():
        page = GuidePageFactory(parent=create_library(), title="Guía publicada sin índice")
    page.refresh_from_db()
    assert page.live
    assert f"guia:{page.pk}" in caplog.text
    assert PendingIndexUpdate.objects.filter(key=f"guia:{page.pk}").exists()


@contextmanager
def fresh_elasticsearch_index(settings, url):
    """The site search on Elasticsearch with an index of its own, deleted afterwards."""
    settings.REDATT_SEARCH = {
        "BACKEND": "search.backends.elasticsearch.ElasticsearchSearchBackend",
        "URLS": [url],
        "INDEX": f"redatt_test_{uuid.uuid4().hex[:8]}",
        "REFRESH": True,
    }
    get_search_backend.cache_clear()
    backend = get_search_backend()
    try:
        yield backend
    finally:
        for name in backend.behind_alias():
            backend.client.indices.delete(index=name)
        get_search_backend.cache_clear()


def test_updates_missed_while_down_reach_the_engine_when_it_is_back(
    client, engine_down, committed, settings, elasticsearch_url
):
    from knowledge.factories import GuidePageFactory, create_library

    with committed():
        GuidePageFactory(parent=create_library(), title="Guía de regalías", summary="Texto.")
    with fresh_elasticsearch_index(settings, elasticsearch_url):
        call_command("rebuild_search_index", "--pending", stdout=io.StringIO())
        assert not PendingIndexUpdate.objects.exists()
        data = client.get("/api/search/", {"q": "regalías"}).json()
        assert [hit["title"] for hit in data["results"]] == ["Guía de regalías"]


def test_searches_during_an_elasticsearch_rebuild_see_the_whole_old_index(
    client, committed, settings, elasticsearch_url
):
    """The database backend rebuilds in one transaction (see the failing-rebuild test)."""
    from knowledge.factories import GuidePageFactory, create_library
    from search import indexing

    with fresh_elasticsearch_index(settings, elasticsearch_url) as backend:
        with committed():
            library = create_library()
            for n in range(3):
                GuidePageFactory(parent=library, title=f"Guía de regalías {n}")
        seen_during = []

        def search_now(kind, indexed):
            seen_during.append(client.get("/api/search/", {"q": "regalías"}).json()["total"])

        indexing.rebuild(search_now)
        assert seen_during and set(seen_during) == {3}
        assert client.get("/api/search/", {"q": "regalías"}).json()["total"] == 3
        assert len(backend.behind_alias()) == 1  # the old index is gone


def test_the_search_page_says_search_is_unavailable(client, engine_down):
    response = client.get("/buscar/", {"q": "regalías"})
    assert response.status_code == 503
    assert "La búsqueda no está disponible" in response.content.decode()
    assert client.get("/api/search/", {"q": "regalías"}).status_code == 503
    assert client.get("/buscar/autocompletar/", {"q": "reg"}).json() == {"results": []}
    assert client.get("/health/").json()["search"] == "degraded"


def test_a_missing_index_says_search_is_unavailable(client, settings, elasticsearch_url, db):
    settings.REDATT_SEARCH = {
        "BACKEND": "search.backends.elasticsearch.ElasticsearchSearchBackend",
        "URLS": [elasticsearch_url],
        "INDEX": f"redatt_test_missing_{uuid.uuid4().hex[:8]}",
    }
    get_search_backend.cache_clear()
    try:
        response = client.get("/buscar/", {"q": "regalías"})
    finally:
        get_search_backend.cache_clear()
    assert response.status_code == 503
    assert "La búsqueda no está disponible" in response.content.decode()


def test_health_says_search_is_degraded_until_missed_updates_reach_the_engine(
    client, engine_down, committed, settings
):
    from knowledge.factories import GuidePageFactory, create_library

    with committed():
        GuidePageFactory(parent=create_library(), title="Guía publicada sin índice")
    settings.REDATT_SEARCH = {"BACKEND": "search.backends.database.DatabaseSearchBackend"}
    get_search_backend.cache_clear()  # the engine answers again, but has not caught up
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "search": "degraded",
        "search_pending_updates": 2,  # the library index and its guide
        "semantic": "off",  # the test settings turn search by meaning off
    }
    call_command("rebuild_search_index", "--pending", stdout=io.StringIO())
    caught_up = client.get("/health/").json()
    assert (caught_up["search"], caught_up["search_pending_updates"]) == ("ok", 0)


def test_health_answers_503_when_the_database_does_not(db, client, monkeypatch):
    from django.db import connection
    from django.db.utils import OperationalError

    def unreachable():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", unreachable)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "down"
    assert response.json()["search_pending_updates"] is None
