"""The embedded default: our own index table, matched in SQL on SQLite or PostgreSQL.

Each document is stored once in `SearchEntry` with its Spanish-analysed terms (search/text.py:
folded, stemmed, space-padded); a query becomes clauses that must all occur, so accents, case,
plurals, synonyms and quoted phrases behave the same on both databases and like the
Elasticsearch backend. On SQLite the clauses become one FTS5 query over an index of those terms
(migration 0003); elsewhere each clause is a substring test on title or body terms. Relevance is
a weighted count of clauses found in the title. Facet counts and the spelling vocabulary come
from per-process structures rebuilt when the index generation moves (`DerivedFromIndex`).
"""

import threading
from collections import defaultdict
from functools import reduce
from itertools import islice
from operator import and_, or_

from django.db import connection, transaction
from django.db.models import Case, IntegerField, Max, Q, Value, When
from django.db.models.expressions import RawSQL

from ..documents import audience_of
from ..models import IndexGeneration, SearchEntry, SearchFacetValue
from ..text import WORD, fold, parse_query, snippet, terms_text
from .base import BaseSearchBackend, SearchHit, SearchResults, clean_filters, synonym_groups


def _clause_q(clause):
    return reduce(
        or_,
        [Q(title_terms__contains=n) | Q(body_terms__contains=n) for n in clause.needles],
    )


def _fts5_query(clauses):
    """FTS5 syntax: every clause, each any of its phrases ('"sgr" OR "sistem general regal"')."""
    return " AND ".join(
        "(" + " OR ".join(f'"{" ".join(alt)}"' for alt in clause.alternatives) + ")"
        for clause in clauses
    )


def _matching_clauses(clauses):
    """A filter for entries holding every clause: the FTS5 index on SQLite, substrings elsewhere."""
    if connection.vendor == "sqlite":
        ids = RawSQL(
            "SELECT rowid FROM search_searchentry_fts WHERE search_searchentry_fts MATCH %s",
            [_fts5_query(clauses)],
        )
        return Q(pk__in=ids)
    return reduce(and_, [_clause_q(clause) for clause in clauses], Q())


def _title_score(clauses):
    """How many clauses the title holds: a title match ranks above a body-only one."""
    in_title = [reduce(or_, [Q(title_terms__contains=n) for n in c.needles]) for c in clauses]
    return sum((_case(q) for q in in_title), Value(0, output_field=IntegerField()))


def _case(q):
    return Case(When(q, then=Value(1)), default=Value(0), output_field=IntegerField())


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


def _bitset(ids, size):
    """A set of entry ids as one integer with those bits on; `&` and `bit_count()` are C-fast."""
    bits = bytearray(size)
    for i in ids:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


class DerivedFromIndex:
    """What a web process derives from the whole index, kept until the index changes.

    Facet counts with GROUP BY read every facet row of every match: for a word found in 60,000
    entries that is ~500,000 rows and half a second. Here each facet value holds a bitset of its
    entries, built once per index generation; counting is an AND and a popcount per value.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.generation = None
        self.bitsets = None  # {facet: {value: int}}
        self.size = 0
        self.words = None

    def refresh(self):
        generation = IndexGeneration.current()
        with self.lock:
            if generation != self.generation:
                self.generation, self.bitsets, self.words = generation, None, None

    def facet_bitsets(self):
        self.refresh()
        with self.lock:
            if self.bitsets is None:
                members = defaultdict(lambda: defaultdict(list))
                rows = SearchFacetValue.objects.values_list("facet", "value", "entry_id")
                for facet, value, entry_id in rows.iterator(chunk_size=20_000):
                    members[facet][value].append(entry_id)
                largest = SearchEntry.objects.aggregate(largest=Max("pk"))["largest"] or 0
                self.size = largest // 8 + 1
                self.bitsets = {
                    facet: {value: _bitset(ids, self.size) for value, ids in values.items()}
                    for facet, values in members.items()
                }
            return self.bitsets, self.size

    def facet_counts(self, entry_ids):
        """{facet: [(value, count)]} among these entries, most frequent first."""
        bitsets, size = self.facet_bitsets()
        if entry_ids:  # an entry added since the bitsets were built may lie past their end
            size = max(size, max(entry_ids) // 8 + 1)
        matched = _bitset(entry_ids, size)
        facets = {}
        for facet, values in bitsets.items():
            counts = [(value, (matched & bits).bit_count()) for value, bits in values.items()]
            counts = sorted(((v, n) for v, n in counts if n), key=lambda vn: (-vn[1], vn[0]))
            if counts:
                facets[facet] = counts
        return facets

    def vocabulary(self):
        """Folded title words, for spelling suggestions."""
        self.refresh()
        with self.lock:
            if self.words is None:
                self.words = set()
                for title in SearchEntry.objects.values_list("title", flat=True).iterator():
                    self.words.update(fold(w) for w in WORD.findall(title) if len(w) > 3)
            return self.words


_derived = DerivedFromIndex()


class DatabaseSearchBackend(BaseSearchBackend):
    def __init__(self, **options):
        self.options = options

    def visible(self, user):
        return reduce(or_, [Q(audience__contains=f" {t} ") for t in sorted(audience_of(user))])

    def matching(self, query, user, filters):
        entries = SearchEntry.objects.filter(self.visible(user))
        clauses = parse_query(query, synonym_groups())
        if clauses:
            entries = entries.filter(_matching_clauses(clauses))
        for facet, values in clean_filters(filters).items():
            entries = entries.filter(
                pk__in=SearchFacetValue.objects.filter(facet=facet, value__in=values).values(
                    "entry_id"
                )
            )
        return entries, clauses

    def search(self, query, *, user, filters=None, sort="relevancia", offset=0, limit=20):
        entries, clauses = self.matching(query, user, filters)
        if not clauses:
            return SearchResults(query=query)
        matched = list(entries.values_list("pk", flat=True))
        if sort == "recientes":
            ordered = entries.order_by("-date", "title")
        else:
            ordered = entries.annotate(score=_title_score(clauses)).order_by(
                "-score", "-date", "title"
            )
        # Rank on the narrow columns first; only the shown page reads its documents' text.
        page_ids = list(ordered.values_list("pk", flat=True)[offset : offset + limit])
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
            for entry in (rows[pk] for pk in page_ids)
        ]
        return SearchResults(
            query=query, hits=hits, total=len(matched), facets=_derived.facet_counts(matched)
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

    def reset(self):
        # Facet rows first, in one statement; then entries loaded as bare keys, so that emptying
        # a large index does not read every document's text into memory.
        SearchFacetValue.objects.all().delete()
        SearchEntry.objects.only("pk").delete()
        IndexGeneration.advance()

    def vocabulary(self):
        return _derived.vocabulary()

    def is_available(self):
        return True
