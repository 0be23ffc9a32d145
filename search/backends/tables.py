"""The database backend's SQL that differs between SQLite and PostgreSQL: its full-text index
(migrations 0003, 0006, 0007, 0010), the entries holding a clause (anywhere, or in one field),
reading entry ids in bulk, and emptying the index. Ranking is done from these ids in ranking.py.
"""

import io
import itertools
from contextlib import contextmanager

import numpy as np

from django.db import connection, transaction

from ..documents import PUBLIC
from ..models import SearchEntry, SearchFacetValue
from .snapshot import ids_array


def _joined(sql, params):
    """Entry ids of a query that returns them as one comma-separated string, as a numpy array:
    quicker than a row per entry when a common word matches most of the index."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        (joined,) = cursor.fetchone()
    return ids_array(joined or "")


class SqliteIndex:
    """On SQLite: the FTS5 index over the analysed terms (migrations 0003 and 0007)."""

    FTS = "search_searchentry_fts"
    IDS = f"SELECT group_concat(rowid) FROM {FTS} WHERE {FTS} MATCH %s"  # noqa: S608

    @staticmethod
    def any_phrase(clause):
        """E.g. ("sgr" OR "sistem general regali"), spread words as ("plan" AND "desarroll")."""
        return (
            "("
            + " OR ".join(
                "(" + " AND ".join(f'"{t}"' for t in alt) + ")"
                if alt in clause.spread
                else f'"{" ".join(alt)}"'
                for alt in clause.alternatives
            )
            + ")"
        )

    def clause_ids(self, clause):
        """The entries holding the clause anywhere, in their title and in their summary."""
        expression = self.any_phrase(clause)
        return tuple(
            _joined(self.IDS, [f"{column} : {expression}" if column else expression])
            for column in (None, "title_terms", "summary_terms")
        )

    def public_count(self, term, cap):
        """How many public entries hold the term, counting no further than `cap`."""
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {self.FTS} JOIN search_searchentry e"  # noqa: S608
            f" ON e.id = {self.FTS}.rowid WHERE {self.FTS} MATCH %s AND e.audience LIKE %s"
            " LIMIT %s)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [f'"{term}"', f"% {PUBLIC} %", cap])
            return cursor.fetchone()[0]

    def terms_present(self, terms):
        """The terms some entry holds, from FTS5's vocabulary: no document list is read."""
        terms = list(terms)
        with connection.cursor() as cursor:
            marks = ", ".join(["%s"] * len(terms))
            cursor.execute(
                f"SELECT term FROM search_searchentry_vocab WHERE term IN ({marks})",  # noqa: S608
                terms,
            )
            return {term for (term,) in cursor.fetchall()}

    def settle(self):
        """Nothing to do after a rebuild: FTS5 merges its segments as it goes."""

    def wait_briefly(self):
        """Nothing to do: a rebuild holds SQLite's write lock a batch at a time (rebuild.py)."""

    def empty(self):
        # Facet rows first, in one statement; then entries loaded as bare keys, so that emptying
        # a large index does not read every document's text into memory.
        SearchFacetValue.objects.all().delete()
        SearchEntry.objects.only("pk").delete()
        with connection.cursor() as cursor:  # inside the transaction, unlike a sequence
            cursor.execute("DELETE FROM sqlite_sequence WHERE name = 'search_searchentry'")


@contextmanager
def through_indexes():
    """A PostgreSQL cursor whose queries use the GIN indexes. For a word in most entries the
    planner prefers reading the whole table, which reads every body vector back from TOAST
    ("gestion" at 70,000 entries: 473 → 115 ms); for a word in none, with LIMIT 1, it reads the
    whole table looking for it (770 ms → instant)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield cursor


class PostgresIndex:
    """On PostgreSQL: full-text vectors of the analysed terms per field (migrations 0006, 0007);
    the body's holds adjacent pairs of terms instead of positions (0010)."""

    FIELDS = {"title": "title_vector", "summary": "summary_vector", "body": "body_vector"}

    @staticmethod
    def _parameter(value, params):
        name = f"p{len(params)}"
        params[name] = value
        return f"%({name})s"

    @classmethod
    def in_fields(cls, tsquery, params, fields):
        """SQL true when any of `fields` matches `tsquery` (given as a parameter)."""
        query = cls._parameter(tsquery, params)
        vectors = [cls.FIELDS[f] for f in fields]
        return "(" + " OR ".join(f"{v} @@ to_tsquery('simple', {query})" for v in vectors) + ")"

    @classmethod
    def in_field(cls, clause, params, field):
        """SQL true for entries holding the clause in this field (title or summary), phrases
        tested with word positions: these vectors are short."""
        query = " | ".join(
            "(" + (" & " if alt in clause.spread else " <-> ").join(f"'{t}'" for t in alt) + ")"
            for alt in clause.alternatives
        )
        return cls.in_fields(query, params, [field])

    @classmethod
    def elsewhere(cls, clause, params):
        """SQL true for entries holding the clause in their body, or as spread words across
        fields: a phrase as its adjacent pairs, which the index answers without reading any
        vector back (a phrase of three words or more thus matches its pairs anywhere in a body)."""
        alternatives = []
        for alt in clause.alternatives:
            if alt in clause.spread:
                alternatives.append(
                    " AND ".join(cls.in_fields(f"'{t}'", params, list(cls.FIELDS)) for t in alt)
                )
            elif len(alt) == 1:
                alternatives.append(cls.in_fields(f"'{alt[0]}'", params, ["body"]))
            else:
                pairs = " & ".join(f"'{a}.{b}'" for a, b in itertools.pairwise(alt))
                query = cls._parameter(pairs, params)
                alternatives.append(f"body_vector @@ CAST({query} AS tsquery)")
        return " OR ".join(f"({a})" for a in alternatives)

    def clause_ids(self, clause):
        """The entries holding the clause anywhere, in their title and in their summary. A
        query each, so that every query is answered from one kind of index test: one reading
        vectors back (title, summary phrases) never makes PostgreSQL read the body's."""
        found = []
        with through_indexes() as cursor:
            for field in ("title", "summary", None):
                params = {}
                where = (
                    self.in_field(clause, params, field)
                    if field
                    else self.elsewhere(clause, params)
                )
                cursor.execute(
                    f"SELECT string_agg(id::text, ',') FROM search_searchentry WHERE {where}",  # noqa: S608
                    params,
                )
                found.append(ids_array(cursor.fetchone()[0] or ""))
        title, summary, _ = found
        return np.concatenate(found), title, summary

    def public_count(self, term, cap):
        """How many public entries hold the term, counting no further than `cap`."""
        params = {"public": f"% {PUBLIC} %", "cap": cap}
        where = self.in_fields(f"'{term}'", params, list(self.FIELDS))
        sql = (
            "SELECT count(*) FROM (SELECT 1 FROM search_searchentry WHERE "  # noqa: S608
            + where
            + " AND audience LIKE %(public)s LIMIT %(cap)s) AS held"
        )
        with through_indexes() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]

    def terms_present(self, terms):
        """The terms some entry holds: one index probe each."""
        present = set()
        with through_indexes() as cursor:
            for term in terms:
                params = {}
                where = self.in_fields(f"'{term}'", params, list(self.FIELDS))
                sql = "SELECT 1 FROM search_searchentry WHERE " + where + " LIMIT 1"  # noqa: S608
                cursor.execute(sql, params)
                if cursor.fetchone():
                    present.add(term)
        return present

    def wait_briefly(self):
        """An index update waits at most LOCK_WAIT for a lock, then fails and is retried later
        (search/indexing.py): during a rebuild, which holds the index's rows and its sequence
        until it commits (two minutes or more), the member whose save triggered the update would
        otherwise wait as long for the page, past the web server's timeout."""
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = '{int(LOCK_WAIT * 1000)}ms'")

    def settle(self):
        """After a rebuild: drop the old rows and move the GIN indexes' pending entries into
        the indexes proper. Until then every search scans those lists and skips dead rows: the
        first searches after a rebuild took three times as long ("gestion" 98 → 287 ms)."""
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) search_searchentry, search_searchfacetvalue")

    def empty(self):
        # DELETE, not TRUNCATE, which would lock searches out until a rebuild's transaction
        # ends.
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchfacetvalue")
            cursor.execute("DELETE FROM search_searchentry")
        self._number_entries_from(1)

    def load(self, entries):
        """Fill the emptied index with `entries`, each its column values (ENTRY_COLUMNS) and its
        facets' (name, value) pairs; returns how many. Entries are numbered from 1, as `empty()`
        left it.

        One COPY per table: rows stream to PostgreSQL as they are made, so it analyses and
        indexes each entry while the next documents are still being built here. With a bulk
        INSERT per batch, each batch of documents waited for the previous one to be stored, and
        both halves of a rebuild took their turn on two cores."""
        facets = io.StringIO()
        count = 0
        columns = ", ".join(("id", *ENTRY_COLUMNS))
        with connection.cursor() as cursor:
            with cursor.copy(f"COPY search_searchentry ({columns}) FROM STDIN") as copy:
                for count, (values, facet_pairs) in enumerate(entries, 1):
                    copy.write_row((count, *values))
                    for name, value in facet_pairs:
                        facets.write(f"{count}\t{_copy_text(name)}\t{_copy_text(value)}\n")
            with cursor.copy(
                "COPY search_searchfacetvalue (entry_id, facet, value) FROM STDIN"
            ) as copy:
                copy.write(facets.getvalue())
        self._number_entries_from(count + 1)
        return count

    @staticmethod
    def _number_entries_from(first):
        """ALTER SEQUENCE, unlike setval, is undone by a rollback."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_get_serial_sequence('search_searchentry', 'id')")
            (sequence,) = cursor.fetchone()
            cursor.execute(f"ALTER SEQUENCE {sequence} RESTART WITH {int(first)}")


# Seconds an index update waits for a lock on PostgreSQL (`PostgresIndex.wait_briefly`).
LOCK_WAIT = 3

# The entry columns a rebuild writes, in this order (`PostgresIndex.load`).
ENTRY_COLUMNS = (
    "key",
    "kind",
    "title",
    "url",
    "body",
    "date",
    "territory",
    "audience",
    "title_terms",
    "summary_terms",
    "body_terms",
    "passages",
)
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(value):
    """A value in COPY's text format."""
    return value.translate(_COPY_ESCAPES)


def index_tables():
    """The index's SQL for the database in use."""
    return SqliteIndex() if connection.vendor == "sqlite" else PostgresIndex()
