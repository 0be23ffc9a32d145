"""The embedded default: our own index table, matched in SQL on SQLite or PostgreSQL.

Each document is stored once in `SearchEntry` with its Spanish-analysed terms per field (title,
summary, body; search/text.py), so accents, case, plurals, stop words, synonyms and quoted
phrases behave the same on both databases and like the Elasticsearch backend. The database only
answers which entries hold each clause of a query, anywhere and in the title or summary, through
a full-text index of those terms (FTS5 on SQLite, GIN-indexed vectors on PostgreSQL; tables.py).
Who may see them, facet filters and counts, the BM25 ranking (ranking.py) and the newest-first
order come from a per-process snapshot of the index kept up to date with every change
(snapshot.py; search/README.md says why). Only the shown page of entries is read in full.
"""

from functools import reduce
from itertools import islice
from operator import or_

from django.db import connection, transaction
from django.db.models import Q

from ..documents import audience_of
from ..models import IndexGeneration, SearchEntry, SearchFacetValue
from ..spelling import forget_words, record_words
from ..text import STOP_WORDS, WORD, fold, minimum_should_match, parse_query, snippet, terms_text
from .base import (
    RELAX_BELOW,
    BaseSearchBackend,
    SearchHit,
    SearchResults,
    clean_filters,
    synonym_groups,
)
from .ranking import clause_hits, rank
from .snapshot import CurrentSnapshot, members
from .tables import index_tables


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
        summary_terms=terms_text(document.summary),
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
        tables = index_tables()
        hits = [clause_hits(tables, c, snapshot.size, len(snapshot.known)) for c in clauses]
        count = offset + limit
        need = minimum_should_match(clauses)
        newest_first = sort == "recientes"
        ranked = rank(hits, need, allowed, snapshot, 0 if newest_first else count, RELAX_BELOW)
        matched = ranked.matched
        if newest_first:
            first = snapshot.newest(members(matched, snapshot.size), count)
        else:
            first = ranked.first
        page_ids = first[offset:]
        rows = SearchEntry.objects.in_bulk(page_ids)
        audience = audience_of(user)
        found = [
            SearchHit(
                title=entry.title,
                url=entry.url,
                kind=entry.kind,
                snippet=snippet(entry.body, clauses),
                date=entry.date,
                territory=entry.territory,
            )
            for entry in (rows[pk] for pk in page_ids if pk in rows)
            # An entry made private after this snapshot was taken is not shown.
            if audience.intersection(entry.audience.split())
        ]
        return SearchResults(
            query=query,
            hits=found,
            total=matched.bit_count(),
            facets=snapshot.facet_counts(matched),
        )

    def autocomplete(self, prefix, *, user, limit=8):
        typed = [fold(w) for w in WORD.findall(prefix)]
        if not typed:
            return []
        entries = SearchEntry.objects.filter(self.visible(user))
        titles = entries.order_by("-date").values_list("title", "url")
        # Fold in Python: the title column keeps accents; the candidates are few after the
        # database filter on the first three letters of the first word that is not a stop word
        # (stop words are not among the stored terms).
        first = next((t for t in typed if t not in STOP_WORDS), "")
        candidates = titles.filter(title_terms__contains=f" {first[:3]}")[:500]
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
        """Write the entries of these documents, a few hundred per transaction. An entry already
        there is updated in place: its id stays, so ids never outnumber the documents."""
        documents, seen = iter(documents), set()
        while chunk := list(islice(documents, 500)):
            with transaction.atomic():
                existing = dict(
                    SearchEntry.objects.filter(key__in=[d.key for d in chunk]).values_list(
                        "key", "pk"
                    )
                )
                entries = [_entry(d) for d in chunk]
                for entry in entries:
                    if entry.key in existing:
                        entry.pk = existing[entry.key]
                        entry.save(force_update=True)
                SearchFacetValue.objects.filter(entry_id__in=existing.values()).delete()
                SearchEntry.objects.bulk_create(e for e in entries if e.key not in existing)
                SearchFacetValue.objects.bulk_create(
                    SearchFacetValue(entry=entry, facet=facet, value=value[:100])
                    for entry, document in zip(entries, chunk, strict=True)
                    for facet, values in document.facet_values().items()
                    for value in dict.fromkeys(values)
                )
                IndexGeneration.advance(entry.pk for entry in entries)
                record_words(chunk, seen)

    @transaction.atomic
    def remove(self, key):
        removed = list(SearchEntry.objects.filter(key=key).values_list("pk", flat=True))
        SearchEntry.objects.filter(pk__in=removed).delete()
        IndexGeneration.advance(removed)

    def rebuild(self, documents):
        """Empty and refill the index in one transaction: until it commits, searches see the
        index as it was (SQLite in WAL mode, PostgreSQL), never a partial one."""
        with transaction.atomic():
            self.reset()
            self.index_many(documents)
        if not connection.in_atomic_block:
            index_tables().settle()

    @transaction.atomic
    def reset(self):
        """Empty the index and number its entries from 1 again: the snapshot's bitsets and arrays
        are as long as the largest id, which would otherwise grow with every rebuild."""
        index_tables().empty()
        forget_words()
        IndexGeneration.start_over()

    def terms_present(self, terms):
        return index_tables().terms_present(terms) if terms else set()

    def public_counts(self, terms):
        """Counted up to 1,000: enough to choose between corrections, and quick for any word."""
        tables = index_tables()
        return {term: tables.public_count(term, 1000) for term in terms}

    def is_available(self):
        return True
