"""Members keep writing, and searches keep answering from the old index, while it is rebuilt.

On SQLite a rebuild fills new tables beside the live ones in short transactions and swaps them in
at the end (search/backends/rebuild.py). That needs a database file and connections of their own,
as in production: tests/search/rebuild_beside.py runs the scenario in a process of its own, on a
copy of this test database, and prints what it saw.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

from knowledge.factories import GuidePageFactory, create_library
from search import indexing
from search.backends import get_search_backend
from search.models import SearchEntry

ROOT = Path(__file__).resolve().parents[2]
GUIDES = [f"Guía de regalías {n:02d}" for n in range(12)]


pytestmark = pytest.mark.django_db  # so that pytest-django makes the test database


@pytest.fixture(scope="module")
def database_file(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the migrated test database in a file, taken before the test's transaction
    begins (a module fixture comes before it)."""
    path = tmp_path_factory.mktemp("rebuild") / "redatt.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
    return path


def run_scenario(path):
    env = {k: v for k, v in os.environ.items() if k != "ELASTICSEARCH_URL"}
    env |= {"DATABASE_URL": f"sqlite:///{path}", "DJANGO_SETTINGS_MODULE": "siteconf.settings.test"}
    done = subprocess.run(  # our own interpreter and module
        [sys.executable, "-m", "tests.search.rebuild_beside"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# SQLite's single writer; PostgreSQL rebuilds in one transaction that writers pass.
sqlite_only = pytest.mark.sqlite


def index_schema():
    """The index tables, their full-text index, indexes and triggers, as SQLite describes them
    (quotes aside: renaming a table quotes its name)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
            " WHERE tbl_name LIKE 'search\\_search%' ESCAPE '\\' ORDER BY name"
        )
        return [(*row[:3], (row[3] or "").replace('"', "").replace("'", "")) for row in cursor]


class RebuildStopped(Exception):
    pass


@pytest.fixture
def content(settings):
    settings.REDATT_SEARCH = {"BACKEND": "search.backends.database.DatabaseSearchBackend"}
    get_search_backend.cache_clear()
    GuidePageFactory(parent=create_library(), title="Guía de regalías")
    yield
    get_search_backend.cache_clear()


@sqlite_only
def test_a_rebuild_leaves_the_index_tables_as_the_migrations_made_them(content):
    before = index_schema()
    for _ in range(2):
        indexing.rebuild()
        assert index_schema() == before
        ids = sorted(SearchEntry.objects.values_list("pk", flat=True))
        assert len(ids) > 1 and ids == list(range(1, len(ids) + 1))  # numbered from 1 again


@sqlite_only
def test_a_rebuild_that_fails_leaves_no_tables_behind(content):
    indexing.rebuild()
    before = index_schema()

    def fail(kind, indexed):
        raise RebuildStopped

    with pytest.raises(RebuildStopped):
        indexing.rebuild(fail)
    assert index_schema() == before


@sqlite_only
def test_members_write_and_search_while_the_index_is_rebuilt(database_file):
    seen = run_scenario(database_file)

    # The rebuild was under way: its first transaction written, the rest not yet.
    assert len(seen["written_before_the_writes"]) == 5
    assert seen["rebuild_running_after_the_writes"]
    # A member's writes went through, and searches answered from the whole old index.
    assert seen["writes"] == "ok"
    assert seen["found_during"] == GUIDES
    # The rebuild finished, with the documents changed meanwhile as they are now.
    assert seen["rebuild_failures"] == []
    changed = set(GUIDES) - {seen["retitled_from"], seen["unpublished"]}
    changed |= {"Regalías con título nuevo", "Regalías del municipio nuevo"}
    assert seen["found_after"] == sorted(changed)
    # The swapped-in tables index later writes; nothing of the rebuild is left behind.
    assert seen["found_after_a_later_write"] == sorted(
        changed | {"Regalías después de la reconstrucción"}
    )
    assert seen["tables_left"] == []
