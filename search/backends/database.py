"""The embedded default: our own index table, matched in SQL on SQLite or PostgreSQL.

Each document is stored once in `SearchEntry` with its Spanish-analysed terms (search/text.py:
folded, stemmed, space-padded); a query becomes clauses that must all occur, so accents, case,
plurals, synonyms and quoted phrases behave the same on both databases and like the
Elasticsearch backend. The clauses become one query over a full-text index of those terms: FTS5
on SQLite (migration 0003), GIN-indexed vectors on PostgreSQL (migration 0006). The database
only answers which entry ids match the words; who may see them, facet filters and counts, and
the order (clauses found in the title first, then newest) come from a per-process snapshot of
the index kept up to date with every change (search/backends/snapshot.py). Only the shown page
of entries is read in full.
"""

from collections import Counter
from functools import reduce
from itertools import islice
from operator import or_

from django.db import connection, transaction
from django.db.models import Q

from ..documents import audience_of
from ..models import IndexGeneration, SearchEntry, SearchFacetValue
from ..text import WORD, fold, parse_query, snippet, terms_text
from .base import BaseSearchBackend, SearchHit, SearchResults, clean_filters, synonym_groups
from .snapshot import CurrentSnapshot, bitset, members


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


def _index():
    return SqliteIndex() if connection.vendor == "sqlite" else PostgresIndex()


def _title_scores(clauses, among):
    """How many clauses the title holds, for entries with any: title matches rank first."""
    scores = Counter()
    for clause in clauses:
        scores.update(among.intersection(_index().title_ids(clause)))
    return scores


def _entry(document):
    return SearchEntry(
        key=document.key,
        kind=document.kind,
        title=document.title[:255],
        url=document.url,
        body=document.body,
        date=document.date,
        territory=document.territory[:255],
        audience=f" {' '.join(document.audience)} ",
        title_terms=terms_text(document.title),
        body_terms=terms_text(document.body),
    )


_current = CurrentSnapshot()


class DatabaseSearchBackend(BaseSearchBackend):
    def __init__(self, **options):
        self.options = options

    def visible(self, user):
        return reduce(or_, [Q(audience__contains=f" {t} ") for t in sorted(audience_of(user))])

    def search(self, query, *, user, filters=None, sort="relevancia", offset=0, limit=20):
        clauses = parse_query(query, synonym_groups())
        if not clauses:
            return SearchResults(query=query)
        snapshot = _current.get()
        allowed = snapshot.allowed(audience_of(user), clean_filters(filters))
        matched = allowed & bitset(_index().matching_ids(clauses), snapshot.size)
        ids = members(matched, snapshot.size)
        count = offset + limit
        if sort == "recientes":
            first = snapshot.newest(ids, count)
        else:
            first = snapshot.best(ids, _title_scores(clauses, set(ids)), count)
        page_ids = first[offset:]
        rows = SearchEntry.objects.in_bulk(page_ids)
        hits = [
            SearchHit(
                title=entry.title,
                url=entry.url,
                kind=entry.kind,
                snippet=snippet(entry.body, clauses),
                date=entry.date,
                territory=entry.territory,
            )
            for entry in (rows[pk] for pk in page_ids if pk in rows)
        ]
        return SearchResults(
            query=query, hits=hits, total=len(ids), facets=snapshot.facet_counts(matched)
        )

    def autocomplete(self, prefix, *, user, limit=8):
        typed = [fold(w) for w in WORD.findall(prefix)]
        if not typed:
            return []
        entries = SearchEntry.objects.filter(self.visible(user))
        titles = entries.order_by("-date").values_list("title", "url")
        # Fold in Python: the title column keeps accents; the candidates are few after the first
        # word's database filter on its folded stem-free form.
        candidates = titles.filter(title_terms__contains=f" {typed[0][:3]}")[:500]
        found = []
        for title, url in candidates:
            title_words = [fold(w) for w in WORD.findall(title)]
            if all(any(w.startswith(t) for w in title_words) for t in typed):
                found.append((title, url))
            if len(found) == limit:
                break
        return found

    def index(self, document):
        self.index_many([document])

    def index_many(self, documents):
        """Replace the entries of these documents, a few hundred per transaction and query."""
        documents = iter(documents)
        while chunk := list(islice(documents, 500)):
            with transaction.atomic():
                SearchEntry.objects.filter(key__in=[d.key for d in chunk]).delete()
                entries = SearchEntry.objects.bulk_create(_entry(d) for d in chunk)
                SearchFacetValue.objects.bulk_create(
                    SearchFacetValue(entry=entry, facet=facet, value=value[:100])
                    for entry, document in zip(entries, chunk, strict=True)
                    for facet, values in document.facet_values().items()
                    for value in dict.fromkeys(values)
                )
                IndexGeneration.advance()

    @transaction.atomic
    def remove(self, key):
        SearchEntry.objects.filter(key=key).delete()
        IndexGeneration.advance()

    @transaction.atomic
    def reset(self):
        """Empty the index and number its entries from 1 again: the snapshot's bitsets and arrays
        are as long as the largest id, which would otherwise grow with every rebuild."""
        _index().empty()
        IndexGeneration.start_over()

    def vocabulary(self):
        return _current.get().vocabulary()

    def is_available(self):
        return True
