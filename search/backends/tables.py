"""The database backend's SQL that differs between SQLite and PostgreSQL: its full-text index
(migrations 0003, 0006, 0007), scoring one clause, reading entry ids in bulk, emptying.

Both score a clause the BM25 way, with field weights (`FIELD_WEIGHTS`: title, summary, body):
a match weighs more the rarer the clause (IDF), saturates with repeats, and counts less in a
longer text. On SQLite that is FTS5's own `bm25()` with column weights; PostgreSQL has no BM25,
so there the weighted `ts_rank` of each field (repeats, length normalised) is multiplied by the
same IDF as BM25's, computed from how many entries hold the clause.
"""

import math

from django.db import connection, transaction

from ..models import SearchEntry, SearchFacetValue

FIELD_WEIGHTS = (6.0, 2.5, 1.0)  # title, summary, body; tuned with make bench-relevance


def _joined(sql, params):
    """Rows of a query that returns its columns as comma-separated strings, as lists: quicker
    than a row per entry when a common word matches most of the index."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return [value.split(",") if value else [] for value in row]


def idf(matches, total):
    """BM25's inverse document frequency, never negative."""
    return math.log(1 + (total - matches + 0.5) / (matches + 0.5))


class SqliteIndex:
    """On SQLite: the FTS5 index over the analysed terms (migrations 0003 and 0007)."""

    FTS = "search_searchentry_fts"
    # LIMIT keeps SQLite from flattening the subquery into the aggregate, where bm25() cannot run.
    WEIGHTS = ", ".join(map(str, FIELD_WEIGHTS))
    SCORES = (
        "SELECT group_concat(rowid), group_concat(score) FROM"  # noqa: S608 - constants only
        f" (SELECT rowid, -bm25({FTS}, {WEIGHTS}) AS score FROM {FTS} WHERE {FTS} MATCH %s"
        " LIMIT -1)"
    )
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

    def clause_scores(self, clause):
        """{entry id: BM25 score of this clause} for every entry holding it."""
        ids, scores = _joined(self.SCORES, [self.any_phrase(clause)])
        return dict(zip(map(int, ids), map(float, scores), strict=True))

    def term_ids(self, term):
        (ids,) = _joined(self.IDS, [f'"{term}"'])
        return map(int, ids)

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

    def all_ids(self):
        (ids,) = _joined("SELECT group_concat(id) FROM search_searchentry", [])
        return map(int, ids)

    def empty(self):
        # Facet rows first, in one statement; then entries loaded as bare keys, so that emptying
        # a large index does not read every document's text into memory.
        SearchFacetValue.objects.all().delete()
        SearchEntry.objects.only("pk").delete()
        with connection.cursor() as cursor:  # inside the transaction, unlike a sequence
            cursor.execute("DELETE FROM sqlite_sequence WHERE name = 'search_searchentry'")


class PostgresIndex:
    """On PostgreSQL: full-text vectors of the analysed terms per field (migrations 0006, 0007)."""

    FIELDS = ("title_vector", "summary_vector", "body_vector")
    RANK = " + ".join(
        f"{w} * ts_rank({f}, to_tsquery('simple', %(rank)s), 1)"
        for w, f in zip(FIELD_WEIGHTS, FIELDS, strict=True)
    )

    @classmethod
    def in_any_field(cls, tsquery, params):
        """SQL true when any field matches `tsquery` (given as a parameter)."""
        name = f"p{len(params)}"
        params[name] = tsquery
        return (
            "(" + " OR ".join(f"{f} @@ to_tsquery('simple', %({name})s)" for f in cls.FIELDS) + ")"
        )

    @classmethod
    def holding(cls, clause, params):
        """SQL true for entries holding the clause: a phrase in one field, spread words each in
        any field."""
        alternatives = []
        for alt in clause.alternatives:
            if alt in clause.spread:
                alternatives.append(" AND ".join(cls.in_any_field(f"'{t}'", params) for t in alt))
            else:
                alternatives.append(cls.in_any_field(" <-> ".join(f"'{t}'" for t in alt), params))
        return " OR ".join(f"({a})" for a in alternatives)

    def clause_scores(self, clause):
        params = {"rank": " | ".join(f"'{t}'" for alt in clause.alternatives for t in alt)}
        where = self.holding(clause, params)
        sql = (  # our SQL; the values are %(named)s parameters
            "SELECT string_agg(id::text, ','), string_agg((" + self.RANK + ")::text, ',')"  # noqa: S608
            " FROM search_searchentry WHERE " + where
        )
        ids, ranks = self._run(sql, params)
        weight = idf(len(ids), self.total())
        return {int(i): weight * float(rank) for i, rank in zip(ids, ranks, strict=True)}

    def term_ids(self, term):
        params = {}
        where = self.in_any_field(f"'{term}'", params)
        sql = "SELECT string_agg(id::text, ',') FROM search_searchentry WHERE " + where  # noqa: S608
        (ids,) = self._run(sql, params)
        return map(int, ids)

    def terms_present(self, terms):
        """The terms some entry holds: one index probe each."""
        present = set()
        with connection.cursor() as cursor:
            for term in terms:
                params = {}
                where = self.in_any_field(f"'{term}'", params)
                sql = "SELECT 1 FROM search_searchentry WHERE " + where + " LIMIT 1"  # noqa: S608
                cursor.execute(sql, params)
                if cursor.fetchone():
                    present.add(term)
        return present

    def total(self):
        with connection.cursor() as cursor:  # an estimate is enough for IDF, and instant
            cursor.execute(
                "SELECT greatest(reltuples::bigint, 1) FROM pg_class"
                " WHERE oid = 'search_searchentry'::regclass"
            )
            (estimate,) = cursor.fetchone()
        return estimate if estimate > 1 else SearchEntry.objects.count()

    def all_ids(self):
        (ids,) = _joined("SELECT string_agg(id::text, ',') FROM search_searchentry", [])
        return map(int, ids)

    def _run(self, sql, params):
        # For a word in most entries the planner prefers reading the whole table, which reads
        # every body vector back from TOAST storage; through the GIN indexes it is four times
        # quicker ("gestion" at 70,000 entries: 473 → 115 ms).
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            return _joined(sql, params)

    def empty(self):
        with connection.cursor() as cursor:  # RESTART IDENTITY is undone by a rollback, too
            # TRUNCATE refuses while foreign-key checks deferred by Django are pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("TRUNCATE search_searchfacetvalue, search_searchentry RESTART IDENTITY")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def index_tables():
    """The index's SQL for the database in use."""
    return SqliteIndex() if connection.vendor == "sqlite" else PostgresIndex()
