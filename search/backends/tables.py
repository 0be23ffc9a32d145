"""The database backend's SQL that differs between SQLite and PostgreSQL: its full-text index
(migrations 0003 and 0006), reading entry ids in bulk, and emptying the index."""

from django.db import connection, transaction

from ..models import SearchEntry, SearchFacetValue


def _joined_ids(sql, params):
    """Entry ids from a query that returns them as one comma-separated string: quicker than a
    row per id when a common word matches most of the index."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        (joined,) = cursor.fetchone()
    return map(int, joined.split(",")) if joined else []


class SqliteIndex:
    """On SQLite: the FTS5 index over the analysed terms (migration 0003)."""

    IDS = (
        "SELECT group_concat(rowid) FROM search_searchentry_fts"
        " WHERE search_searchentry_fts MATCH %s"
    )

    @staticmethod
    def any_phrase(clause):
        """E.g. ("sgr" OR "sistem general regal")."""
        return "(" + " OR ".join(f'"{" ".join(alt)}"' for alt in clause.alternatives) + ")"

    def matching_ids(self, clauses):
        return _joined_ids(self.IDS, [" AND ".join(map(self.any_phrase, clauses))])

    def title_ids(self, clause):
        return _joined_ids(self.IDS, ["title_terms : " + self.any_phrase(clause)])

    def all_ids(self):
        return _joined_ids("SELECT group_concat(id) FROM search_searchentry", [])

    def empty(self):
        # Facet rows first, in one statement; then entries loaded as bare keys, so that emptying
        # a large index does not read every document's text into memory.
        SearchFacetValue.objects.all().delete()
        SearchEntry.objects.only("pk").delete()
        with connection.cursor() as cursor:  # inside the transaction, unlike a sequence
            cursor.execute("DELETE FROM sqlite_sequence WHERE name = 'search_searchentry'")


class PostgresIndex:
    """On PostgreSQL: full-text vectors of the analysed title and body terms (migration 0006)."""

    IDS = "SELECT string_agg(id::text, ',') FROM search_searchentry WHERE {}"
    IN_TITLE = "title_vector @@ to_tsquery('simple', %s)"
    IN_EITHER = f"({IN_TITLE} OR body_vector @@ to_tsquery('simple', %s))"

    @staticmethod
    def any_phrase(clause):
        """E.g. 'sgr' | 'sistem' <-> 'general' <-> 'regal' (stems are word characters only)."""
        return " | ".join(" <-> ".join(f"'{stem}'" for stem in alt) for alt in clause.alternatives)

    def matching_ids(self, clauses):
        where = " AND ".join([self.IN_EITHER] * len(clauses))
        params = [self.any_phrase(clause) for clause in clauses for _ in (1, 2)]
        return self._ids(where, params)

    def title_ids(self, clause):
        return self._ids(self.IN_TITLE, [self.any_phrase(clause)])

    def all_ids(self):
        return _joined_ids("SELECT string_agg(id::text, ',') FROM search_searchentry", [])

    def _ids(self, where, params):
        # For a word in most entries the planner prefers reading the whole table, which reads
        # every body vector back from TOAST storage; through the GIN indexes it is four times
        # quicker ("gestion" at 70,000 entries: 473 → 115 ms).
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            return list(_joined_ids(self.IDS.format(where), params))

    def empty(self):
        with connection.cursor() as cursor:  # RESTART IDENTITY is undone by a rollback, too
            # TRUNCATE refuses while foreign-key checks deferred by Django are pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("TRUNCATE search_searchfacetvalue, search_searchentry RESTART IDENTITY")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def index_tables():
    """The index's SQL for the database in use."""
    return SqliteIndex() if connection.vendor == "sqlite" else PostgresIndex()
