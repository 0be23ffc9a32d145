"""The database backend's per-process snapshot answers exactly as the index stands.

Each web process derives audiences, facets, order and passage vectors from the index once, then
catches up with each change by reading again only the entries it touched
(search/backends/snapshot.py). Whether it catches up or reads everything afresh, a search must
give the same answer, and a write that was rolled back must leave nothing behind.
"""

import datetime

import numpy as np
import pytest

from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from search import semantic
from search.backends import database, get_search_backend, snapshot
from search.documents import PUBLIC, SearchDocument
from search.models import IndexChange, SearchEntry
from tests.search.conftest import BACKENDS

pytestmark = pytest.mark.django_db


class RolledBack(Exception):
    pass


@pytest.fixture(params=["catching up", "reading afresh"])
def backend(request, settings, monkeypatch):
    if request.param == "reading afresh":
        monkeypatch.setattr(snapshot, "_MOST_TO_CATCH_UP", -1)
    settings.REDATT_SEARCH = BACKENDS["database"]
    get_search_backend.cache_clear()
    yield get_search_backend()
    get_search_backend.cache_clear()


def guide(pk, title, year=2024, audience=PUBLIC, tipo="institucional"):
    return SearchDocument(
        kind="guia",
        pk=pk,
        title=title,
        url=f"/biblioteca/{pk}/",
        date=datetime.date(year, 1, 1),
        facets={"tipo": [tipo]},
        audience=[audience],
    )


def found(backend, query, **options):
    results = backend.search(query, user=AnonymousUser(), **options)
    tipo = dict(results.facets.get("tipo", []))
    return [hit.title for hit in results.hits], results.total, tipo


def test_each_change_shows_in_the_next_search(backend):
    backend.index_many([guide(1, "Regalías 2022", 2022), guide(2, "Regalías 2023", 2023)])
    assert found(backend, "regalías", sort="recientes") == (
        ["Regalías 2023", "Regalías 2022"],
        2,
        {"institucional": 2},
    )

    backend.index(guide(3, "Regalías 2024", 2024, tipo="poblacional"))
    assert found(backend, "regalías", sort="recientes") == (
        ["Regalías 2024", "Regalías 2023", "Regalías 2022"],
        3,
        {"institucional": 2, "poblacional": 1},
    )

    backend.index(guide(1, "Regalías 2025", 2025, tipo="poblacional"))  # edited: new date, type
    assert found(backend, "regalías", sort="recientes") == (
        ["Regalías 2025", "Regalías 2024", "Regalías 2023"],
        3,
        {"poblacional": 2, "institucional": 1},
    )

    backend.index(guide(2, "Regalías 2023", 2023, audience="espacio:9"))  # made private
    backend.remove("guia:3")
    assert found(backend, "regalías", sort="recientes") == (
        ["Regalías 2025"],
        1,
        {"poblacional": 1},
    )
    assert found(backend, "regalías", filters={"tipo": ["institucional"]}) == ([], 0, {})


def test_a_write_rolled_back_after_a_search_leaves_nothing_visible(backend):
    """SQLite hands out a rolled-back entry's id again: here, to a private document."""
    backend.index(guide(1, "Regalías públicas"))
    with pytest.raises(RolledBack), transaction.atomic():
        backend.index(guide(2, "Regalías de un borrador", tipo="poblacional"))
        assert found(backend, "regalías")[1] == 2
        raise RolledBack
    backend.index(guide(3, "Regalías de un espacio privado", audience="espacio:9"))

    assert found(backend, "regalías") == (["Regalías públicas"], 1, {"institucional": 1})


def test_emptying_the_index_numbers_entries_from_one_again_and_leaves_nothing_visible(backend):
    """Bitsets are as long as the largest id: a rebuild must not leave them longer each time."""
    backend.index_many([guide(1, "Regalías públicas"), guide(2, "Regalías abiertas")])
    assert found(backend, "regalías")[1] == 2

    backend.reset()
    backend.index_many(
        [guide(3, "Regalías de un espacio privado", audience="espacio:9"), guide(4, "Catastro")]
    )

    assert sorted(SearchEntry.objects.values_list("pk", flat=True)) == [1, 2]
    assert found(backend, "regalías") == ([], 0, {})


def test_indexing_the_same_documents_over_and_over_keeps_ids_and_memory_bounded(backend):
    """Every reply re-indexes its thread: ids, bitsets and arrays must not grow with that."""
    backend.index_many([guide(1, "Regalías 0"), guide(2, "Catastro 0")])
    ids = sorted(SearchEntry.objects.values_list("pk", flat=True))
    first_size = database._current.get().size
    for n in range(1, 1501):
        backend.index(guide(1 + n % 2, f"{'Regalías' if n % 2 == 0 else 'Catastro'} {n}"))
        if n % 250 == 0:
            assert found(backend, "regalías")[1] == 1

    assert sorted(SearchEntry.objects.values_list("pk", flat=True)) == ids
    current = database._current.get()
    assert (current.size, len(current.places)) == (first_size, first_size * 8)
    assert IndexChange.objects.count() <= IndexChange.KEEP
    assert found(backend, "regalías") == (["Regalías 1500"], 1, {"institucional": 1})


def test_a_search_a_moment_behind_a_privacy_change_does_not_show_the_entry(backend):
    """The change commits between the snapshot's catch-up and the search's reading of rows."""
    backend.index_many([guide(1, "Regalías públicas"), guide(2, "Regalías internas")])
    assert found(backend, "regalías")[1] == 2
    # Not yet seen by the snapshot:
    SearchEntry.objects.filter(key="guia:2").update(audience=" espacio:9 ")

    titles, _total, _tipo = found(backend, "regalías")
    assert titles == ["Regalías públicas"]


def planted_passages(rows=30_000, planted=10, seed=7):
    """A large matrix of unrelated passages with `planted` rows near one query, and that query."""
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((rows, semantic.DIMENSIONS)).astype(np.float32)
    query = rng.standard_normal(semantic.DIMENSIONS).astype(np.float32)
    near = rng.choice(rows, planted, replace=False)
    vectors[near] = query + 0.8 * rng.standard_normal((planted, semantic.DIMENSIONS))
    passages = snapshot.PassageVectors()
    matrix = semantic.to_int8(vectors)
    passages.matrix = snapshot.SharedRows(matrix, rows)
    passages.signs = snapshot.SharedRows(snapshot.sign_bits(matrix), rows)
    passages.entries = np.arange(1, rows + 1, dtype=np.int64)
    passages.numbers = np.zeros(rows, np.int8)
    passages.lengths = snapshot.row_lengths(matrix)
    passages.count = rows
    return passages, query / np.linalg.norm(query), set((near + 1).tolist())


def test_a_large_index_compared_by_signs_first_finds_the_nearest_passages_exactly(monkeypatch):
    passages, query, near = planted_passages()
    assert passages.count > snapshot.EXACT_UP_TO  # so signs are compared first
    everyone = passages.entries

    by_signs = passages.nearest(query, everyone, len(everyone) + 1, 50)
    monkeypatch.setattr(snapshot, "EXACT_UP_TO", len(everyone))
    exact = passages.nearest(query, everyone, len(everyone) + 1, 50)

    assert {pk for pk, *_ in by_signs[:10]} == near
    assert by_signs[:10] == exact[:10]
    hidden = sorted(near)[:3]  # passages the searcher may not see are never compared
    allowed = np.setdiff1d(everyone, hidden)
    assert not {pk for pk, *_ in passages.nearest(query, allowed, len(everyone) + 1, 50)} & set(
        hidden
    )


def test_caught_up_snapshots_share_their_vectors_and_each_reads_only_the_rows_it_knows():
    rows = snapshot.SharedRows(np.arange(6, dtype=np.int8).reshape(3, 2), room=10)

    newer, appended = rows.reserve(3, 1)  # the snapshot caught up from the one that saw 3 rows
    appended[:] = [[9, 9]]
    assert newer is rows  # written in place: nothing copied
    assert rows.array[:3].tolist() == [[0, 1], [2, 3], [4, 5]]  # what the older one still reads

    other, appended = rows.reserve(3, 1)  # caught up from the older one again: its own copy
    appended[:] = [[7, 7]]
    assert other is not rows
    assert other.array[:4].tolist() == [[0, 1], [2, 3], [4, 5], [7, 7]]
    assert rows.array[3].tolist() == [9, 9]


def test_once_a_quarter_of_the_passages_are_dropped_they_are_left_out_and_the_rest_still_found():
    passages, query, near = planted_passages()
    dropped = set(range(1, 10_001)) - near  # a third of the entries, none of the near ones

    kept = passages.without(dropped)

    assert kept.count == passages.count - len(dropped)
    assert not set(kept.entries.tolist()) & dropped
    everyone = np.arange(1, passages.count + 1)
    found = kept.nearest(query, everyone, passages.count + 1, 50)
    assert {pk for pk, *_ in found[:10]} == near
    assert passages.nearest(query, everyone, passages.count + 1, 50)[:10] == found[:10]
