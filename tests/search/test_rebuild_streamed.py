"""On PostgreSQL, `manage.py rebuild_search_index` builds documents while a connection of its own
streams them into the index (search/backends/streaming.py). The content must be committed for
that connection to see it, so these tests commit (transactional database)."""

import threading
import time

import pytest

from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection

from knowledge.factories import GuidePageFactory, create_library
from search import indexing
from search.backends import get_search_backend, streaming, tables
from search.models import PendingIndexUpdate, SearchEntry, SearchWord

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    # SQLite rebuilds beside the live tables (test_rebuild_beside.py)
    pytest.mark.postgresql,
]


GUIDES = 15


class Stopped(Exception):
    pass


@pytest.fixture
def library(settings, monkeypatch):
    settings.REDATT_SEARCH = {"BACKEND": "search.backends.database.DatabaseSearchBackend"}
    get_search_backend.cache_clear()
    monkeypatch.setattr(streaming, "HANDED_OVER", 4)  # several batches handed to the writer
    library = create_library()
    for n in range(GUIDES):
        GuidePageFactory(parent=library, title=f"Guía de regalías número {n}")
    GuidePageFactory(parent=library, title="Guía de catastro multipropósito")
    yield library
    get_search_backend.cache_clear()


def found(query):
    return get_search_backend().search(query, user=AnonymousUser(), limit=500)


def test_the_command_fills_the_index_searches_answer_from(library):
    call_command("rebuild_search_index", verbosity=0)

    ids = sorted(SearchEntry.objects.values_list("pk", flat=True))
    assert ids == list(range(1, len(ids) + 1))  # numbered from 1, none missing
    assert found("regalías").total == GUIDES
    assert [hit.title for hit in found('"catastro multipropósito"').hits] == [
        "Guía de catastro multipropósito"
    ]
    assert found("regalías").facets["contenido"] == [("guia", GUIDES)]
    assert SearchWord.objects.filter(word="multipropósito").exists()  # typo correction's words


def test_entries_indexed_after_a_rebuild_are_numbered_after_it(library):
    call_command("rebuild_search_index", verbosity=0)
    last = SearchEntry.objects.order_by("-pk").values_list("pk", flat=True).first()

    GuidePageFactory(parent=library, title="Guía de presupuesto participativo")  # indexed on commit
    entry = SearchEntry.objects.get(title="Guía de presupuesto participativo")
    assert entry.pk == last + 1


def test_a_rebuild_that_fails_midway_leaves_the_index_as_it_was(library):
    call_command("rebuild_search_index", verbosity=0)
    before = sorted(SearchEntry.objects.values_list("key", flat=True))

    def stop_halfway(kind, indexed):
        if indexed >= 9:
            raise Stopped

    with pytest.raises(Stopped):
        indexing.rebuild(stop_halfway)

    assert sorted(SearchEntry.objects.values_list("key", flat=True)) == before
    assert found("regalías").total == GUIDES
    assert not connection.in_atomic_block


def test_a_save_during_a_rebuild_does_not_wait_for_it_and_is_indexed_afterwards(
    library, monkeypatch
):
    monkeypatch.setattr(tables, "LOCK_WAIT", 0.5)
    halfway, go_on = threading.Event(), threading.Event()

    def pause_halfway(kind, indexed):
        if indexed == 9:
            halfway.set()
            go_on.wait(60)

    def rebuild_in_another_thread():
        try:
            indexing.rebuild(pause_halfway)
        finally:
            connection.close()  # that thread's own

    rebuild = threading.Thread(target=rebuild_in_another_thread)
    rebuild.start()
    try:
        assert halfway.wait(60)
        started = time.monotonic()
        GuidePageFactory(parent=library, title="Guía de presupuesto participativo")
        assert time.monotonic() - started < 10  # the member's save did not wait for the rebuild
        assert PendingIndexUpdate.objects.count() == 1  # kept to be indexed later
    finally:
        go_on.set()
        rebuild.join(60)

    indexing.retry_pending()
    assert found("presupuesto participativo").total == 1
    assert not PendingIndexUpdate.objects.exists()
