"""Replacing the database backend's whole index while the site goes on: searches see the old index
until the new one is complete, never a partial one, and members keep writing.

SQLite has one writer at a time: a rebuild in one transaction held every write of the site (a
reply, an enrolment) for the whole rebuild, about 2 minutes at 70,000 documents, and those writes
failed after the 20 s the settings let them wait. So there the new index is built in tables of its
own beside the live ones (`search_searchentry__new`, ..., made from the live tables' own SQL, with
their full-text index and its triggers), a few thousand documents per short transaction; between
two, other connections write as usual. Index updates made meanwhile go to the live tables and note
their keys in `search_searchentry__changed`. The last transaction indexes those documents again,
as the database holds them then, into the new tables, and puts the new tables in place of the live
ones by renaming them, with the live tables' indexes and triggers made again on them (about a
second at 70,000 documents; writers wait for it, readers do not).

PostgreSQL keeps the rebuild in one transaction: others go on reading the old index and writing
content meanwhile (MVCC); only their index updates wait for it to commit. Run from the management
command, outside any transaction, that transaction is a second connection's, streaming rows while
this one builds documents (streaming.py); inside a caller's transaction, the steps below.

Both give the backend (database.py) the same steps: `batch()` for each group of documents,
`switch()` for the last transaction, inside which `changed_meanwhile()` lists the keys to index
again.
"""

import re
from contextlib import contextmanager, nullcontext

from django.db import connection, transaction

from .tables import index_tables

# The tables a SQLite rebuild fills beside the live ones; the full-text index goes with the first.
LIVE = ("search_searchentry", "search_searchfacetvalue", "search_searchword")
FTS = "search_searchentry_fts"
CHANGED = "search_searchentry__changed"
# Dropped, and made again, in this order: facet values refer to entries.
SWAPPED = ("search_searchfacetvalue", FTS, "search_searchentry", "search_searchword")
LIVE_MARKS = ", ".join(["%s"] * len(LIVE))
_QUOTED_LIVE = re.compile('"(' + "|".join(LIVE) + ')"')


def new_name(name):
    return f"{name}__new"


@contextmanager
def rebuilding(reset):
    """The rebuild for the database in use; `reset` empties the index in place (PostgreSQL's
    rebuild starts with it)."""
    if connection.vendor != "sqlite":
        with transaction.atomic():
            reset()
            yield InOneTransaction()
        if not connection.in_atomic_block:
            index_tables().settle()
        return
    beside = BesideTheLiveTables()
    beside.create()
    try:
        yield beside
    except BaseException:
        beside.drop()
        raise


def note_changed(keys):
    """Every index write calls this: during a SQLite rebuild, its keys are indexed again at the
    switch (the new tables may hold them as they were before the write)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [CHANGED])
            if cursor.fetchone():
                cursor.executemany(
                    f"INSERT OR IGNORE INTO {CHANGED} (key) VALUES (%s)",  # noqa: S608
                    [(key,) for key in keys],
                )


def _to_new_tables(execute, sql, params, many, context):
    """Send Django's SQL for the live tables (it quotes their names) to the new ones."""
    return execute(_QUOTED_LIVE.sub(lambda m: f'"{new_name(m[1])}"', sql), params, many, context)


class BesideTheLiveTables:
    """SQLite: the new index in tables of its own, swapped in at the end."""

    def create(self):
        self.drop()  # left by a rebuild that was stopped
        with transaction.atomic(), connection.cursor() as cursor:
            for sql in self._new_tables_sql(cursor):
                cursor.execute(sql)
            cursor.execute(f"CREATE TABLE {CHANGED} (key varchar(120) NOT NULL PRIMARY KEY)")

    @contextmanager
    def batch(self):
        """A short transaction of its own, writing to the new tables."""
        with transaction.atomic(), connection.execute_wrapper(_to_new_tables):
            yield

    @contextmanager
    def switch(self):
        """The last transaction: what it writes goes to the new tables, which then replace the
        live ones."""
        with transaction.atomic():
            with connection.execute_wrapper(_to_new_tables):
                yield
            self._swap()

    def changed_meanwhile(self):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT key FROM {CHANGED} ORDER BY key")  # noqa: S608
            return [key for (key,) in cursor.fetchall()]

    @staticmethod
    def _new_tables_sql(cursor):
        """The live tables' CREATE statements, and their full-text index's and triggers', with
        every name they hold made new, but for the full-text index's `content` table: it reads
        entries' text from the table that will bear the live name."""
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"  # noqa: S608
            f" AND (tbl_name IN ({LIVE_MARKS}) OR name = %s)"
            " AND sql IS NOT NULL ORDER BY type = 'trigger'",
            [*LIVE, FTS],
        )
        objects = cursor.fetchall()
        names = sorted((re.escape(name) for name, _ in objects), key=len, reverse=True)
        name_or_string = re.compile(r"'[^']*'|\b(" + "|".join(names) + r")\b")
        return [
            name_or_string.sub(lambda m: new_name(m[1]) if m[1] else m[0], sql)
            for _, sql in objects
        ]

    @staticmethod
    def _swap():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger')"  # noqa: S608
                f" AND tbl_name IN ({LIVE_MARKS}) AND sql IS NOT NULL",
                list(LIVE),
            )
            remade = [sql for (sql,) in cursor.fetchall()]
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
                [new_name(LIVE[0])],
            )
            for (trigger,) in cursor.fetchall():  # made again under the live names below
                cursor.execute(f'DROP TRIGGER "{trigger}"')
            cursor.execute("PRAGMA legacy_alter_table = OFF")  # renaming entries renames the FK
            for name in SWAPPED:
                cursor.execute(f'DROP TABLE "{name}"')
            for name in SWAPPED:
                cursor.execute(f'ALTER TABLE "{new_name(name)}" RENAME TO "{name}"')
            for sql in remade:
                cursor.execute(sql)
            cursor.execute(f"DROP TABLE {CHANGED}")

    @staticmethod
    def drop():
        with transaction.atomic(), connection.cursor() as cursor:
            for name in SWAPPED:
                cursor.execute(f'DROP TABLE IF EXISTS "{new_name(name)}"')
            cursor.execute(f"DROP TABLE IF EXISTS {CHANGED}")


class InOneTransaction:
    """PostgreSQL: the rebuild's one transaction is every batch and the switch."""

    def batch(self):
        return nullcontext()

    def switch(self):
        return nullcontext()

    def changed_meanwhile(self):
        return []
