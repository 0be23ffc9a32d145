"""The embedded default: our own index table, matched in SQL on SQLite or PostgreSQL.

Each document is stored once in `SearchEntry` with its Spanish-analysed terms per field (title,
summary, body; search/text.py), so accents, case, plurals, stop words, synonyms and quoted
phrases behave the same on both databases and like the Elasticsearch backend. The database only
answers which entries hold each clause of a query, anywhere and in the title or summary, through
a full-text index of those terms (FTS5 on SQLite, GIN-indexed vectors on PostgreSQL; tables.py).
Who may see them, facet filters and counts, the BM25 ranking (ranking.py) and the newest-first
order come from a per-process snapshot of the index kept up to date with every change
(snapshot.py; search/README.md says why). Only the shown page of entries is read in full. A
rebuild fills a new index beside the live one and switches to it (rebuild.py).
"""

from functools import reduce
from itertools import islice
from operator import or_

from django.db import transaction
from django.db.models import Q

from ..documents import audience_of, document_for
from ..models import IndexGeneration, SearchEntry, SearchFacetValue
from ..spelling import forget_words, public_words, record_words, store_words
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
from .rebuild import note_changed, rebuilding
from .snapshot import CurrentSnapshot, members
from .streaming import streams, write_in_a_thread
from .tables import ENTRY_COLUMNS, index_tables

# Documents written per transaction: by an update, and by a rebuild (on SQLite other connections
# write between two of its transactions; see rebuild.py).
BATCH = 500
REBUILD_BATCH = 2000


def _values(document):
    """The entry's column values for a document, in the order of ENTRY_COLUMNS."""
    return (
        document.key,
        document.kind,
        document.title[:255],
        document.url,
        document.body,
        document.date,
        document.territory[:255],
        f" {' '.join(document.audience)} ",
        terms_text(document.title),
        terms_text(document.summary),
        terms_text(document.body),
    )


def _entry(document):
    return SearchEntry(**dict(zip(ENTRY_COLUMNS, _values(document), strict=True)))


def _facet_pairs(document):
    """The document's facet values as (facet, value) pairs, each once."""
    return [
        (facet, value[:100])
        for facet, values in document.facet_values().items()
        for value in dict.fromkeys(values)
    ]


def batches(items, size):
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def _write(documents, seen):
    """Write the entries of these documents in the transaction under way, and return them. An
    entry already there is updated in place: its id stays, so ids never outnumber the documents.
    `seen` holds the words recorded for typo correction by the same indexing call."""
    existing = dict(
        SearchEntry.objects.filter(key__in=[d.key for d in documents]).values_list("key", "pk")
    )
    entries = [_entry(d) for d in documents]
    for entry in entries:
        if entry.key in existing:
            entry.pk = existing[entry.key]
            entry.save(force_update=True)
    SearchFacetValue.objects.filter(entry_id__in=existing.values()).delete()
    SearchEntry.objects.bulk_create(e for e in entries if e.key not in existing)
    SearchFacetValue.objects.bulk_create(
        SearchFacetValue(entry=entry, facet=facet, value=value)
        for entry, document in zip(entries, documents, strict=True)
        for facet, value in _facet_pairs(document)
    )
    record_words(documents, seen)
    return entries


def _delete(keys):
    """Delete the entries of these keys; returns their ids."""
    removed = list(SearchEntry.objects.filter(key__in=keys).values_list("pk", flat=True))
    SearchEntry.objects.filter(pk__in=removed).delete()
    return removed


_current = CurrentSnapshot()


class DatabaseSearchBackend(BaseSearchBackend):
    def __init__(self, **options):
        self.options = options

    def visible(self, user):
        return reduce(or_, [Q(audience__contains=f" {t} ") for t in sorted(audience_of(user))])

    def search(
        self, query, *, user, filters=None, sort="relevancia", offset=0, limit=20, counts=None
    ):
        clauses = parse_query(query, synonym_groups())
        if not clauses:
            return SearchResults(query=query)
        snapshot = _current.get()
        audience = audience_of(user)
        allowed = snapshot.allowed(audience, clean_filters(filters))
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
            counts={
                name: (matched & snapshot.allowed(audience, clean_filters(also))).bit_count()
                for name, also in (counts or {}).items()
            },
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
        """Write the entries of these documents, a few hundred per transaction."""
        seen = set()
        for chunk in batches(documents, BATCH):
            with transaction.atomic():
                index_tables().wait_briefly()
                entries = _write(chunk, seen)
                IndexGeneration.advance(entry.pk for entry in entries)
                note_changed(d.key for d in chunk)

    @transaction.atomic
    def remove(self, key):
        index_tables().wait_briefly()
        IndexGeneration.advance(_delete([key]))
        note_changed([key])

    def rebuild(self, documents):
        """Build the whole index again beside the one searches read, then switch to it (how, on
        each database: rebuild.py). Documents that changed meanwhile are indexed again, as the
        database holds them at the switch. From the management command, PostgreSQL's rebuild
        streams instead (streaming.py)."""
        if streams():
            return self._stream(documents)
        seen = set()
        with rebuilding(self.reset) as new:
            for chunk in batches(documents, REBUILD_BATCH):
                with new.batch():
                    _write(chunk, seen)
            with new.switch():
                for keys in batches(new.changed_meanwhile(), REBUILD_BATCH):
                    found = {key: document_for(key) for key in keys}
                    _delete([key for key, document in found.items() if document is None])
                    _write([d for d in found.values() if d is not None], seen)
                IndexGeneration.start_over()

    def _stream(self, documents):
        """PostgreSQL: rows made here, written by a thread of its own in one transaction."""
        words = set()

        def rows():
            for document in documents:
                words.update(public_words(document))
                yield _values(document), _facet_pairs(document)

        def write(received):
            with transaction.atomic():
                self.reset()
                index_tables().load(received)
                store_words(words, set())
            index_tables().settle()

        write_in_a_thread(rows(), write)

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
