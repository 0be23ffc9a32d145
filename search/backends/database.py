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
from operator import or_

from django.db import transaction
from django.db.models import Q

from .. import fusion, semantic
from ..documents import audience_of, document_for
from ..models import IndexGeneration, SearchEntry, SearchFacetValue
from ..spelling import forget_words, public_words, record_words, store_words
from ..text import (
    MARK_START,
    STOP_WORDS,
    WORD,
    fold,
    minimum_should_match,
    snippet,
    terms_text,
)
from .base import (
    RELAX_BELOW,
    BaseSearchBackend,
    SearchHit,
    SearchResults,
    batches,
    clean_filters,
    query_clauses,
)
from .ranking import Ranked, clause_hits, rank
from .rebuild import note_changed, rebuilding
from .snapshot import CurrentSnapshot, bitset, members
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
        "\n".join(document.passages()),
    )


def hit_snippet(entry, clauses, passage=None):
    """The words found, highlighted; for a hit found by meaning alone, the passage that matched
    (search.semantic.passage_snippet)."""
    found = snippet(entry.body, clauses)
    if passage is None or MARK_START in found:
        return found
    lines = [line for line in entry.passages.split("\n") if line]
    text = lines[passage] if passage < len(lines) else ""
    return semantic.passage_snippet(entry.title, text, passage) or found


def _entry(document):
    return SearchEntry(**dict(zip(ENTRY_COLUMNS, _values(document), strict=True)))


def _facet_pairs(document):
    """The document's facet values as (facet, value) pairs, each once."""
    return [
        (facet, value[:100])
        for facet, values in document.facet_values().items()
        for value in dict.fromkeys(values)
    ]


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
        self,
        query,
        *,
        user,
        filters=None,
        sort="relevancia",
        offset=0,
        limit=20,
        counts=None,
        meaning=None,
    ):
        clauses = query_clauses(query)
        vector = semantic.query_vector(query if meaning is None else meaning)
        if not clauses and vector is None:
            return SearchResults(query=query)
        snapshot = _current.get()
        audience = audience_of(user)
        allowed = snapshot.allowed(audience, clean_filters(filters))
        count = offset + limit
        newest_first = sort == "recientes"
        ranked = self._by_words(clauses, snapshot, allowed, 0 if newest_first else count)
        near = []
        if vector is not None:
            near = fusion.close_enough(snapshot.nearest(vector, allowed, fusion.DEPTH))
        matched = ranked.matched | bitset([pk for pk, *_ in near], snapshot.size)
        if newest_first:
            first = snapshot.newest(members(matched, snapshot.size), count)
        else:
            relaxed = {pk for pk in ranked.first if not (ranked.strict >> pk) & 1}
            near_ids = [pk for pk, *_ in near]
            first = fusion.fuse(ranked.first, near_ids, relaxed, ranked.scores)[:count]
        page_ids = first[offset:]
        rows = SearchEntry.objects.in_bulk(page_ids)
        passage_of = {pk: number for pk, _, number in near}
        found = [
            SearchHit(
                title=entry.title,
                url=entry.url,
                kind=entry.kind,
                snippet=hit_snippet(entry, clauses, passage_of.get(entry.pk)),
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

    @staticmethod
    def _by_words(clauses, snapshot, allowed, count):
        """The lexical ranking (ranking.py), read deep enough to be fused with the semantic one."""
        if not clauses:
            return Ranked(0, [])
        hits = [clause_hits(index_tables(), c, snapshot.size, len(snapshot.known)) for c in clauses]
        need = minimum_should_match(clauses)
        depth = max(count, fusion.DEPTH) if count else 0
        return rank(hits, need, allowed, snapshot, depth, RELAX_BELOW)

    def similar(self, key, *, user, kinds, limit=4):
        snapshot = _current.get()
        pk = SearchEntry.objects.filter(key=key).values_list("pk", flat=True).first()
        vector = snapshot.vector_of(pk) if pk is not None else None
        if vector is None:
            return []
        audience = audience_of(user)
        allowed = snapshot.allowed(audience, {"contenido": list(kinds)}) & ~(1 << pk)
        near = fusion.close_enough(snapshot.nearest(vector, allowed, limit))
        rows = SearchEntry.objects.in_bulk([pk for pk, *_ in near])
        return [
            SearchHit(
                title=entry.title,
                url=entry.url,
                kind=entry.kind,
                snippet=hit_snippet(entry, [], 0),
                date=entry.date,
                territory=entry.territory,
            )
            for entry in (rows[pk] for pk, *_ in near if pk in rows)
            if audience.intersection(entry.audience.split())
        ]

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
