"""The embedded default: our own index table, matched in SQL on SQLite or PostgreSQL.

Each document is stored once in `SearchEntry` with its Spanish-analysed terms (search/text.py:
folded, stemmed, space-padded); a query becomes clauses that must all occur, so accents, case,
plurals, synonyms and quoted phrases behave the same on both databases and like the
Elasticsearch backend. The clauses become one query over a full-text index of those terms: FTS5
on SQLite (migration 0003), GIN-indexed vectors on PostgreSQL (migration 0006), with their SQL
in tables.py. The database only answers which entry ids match the words; who may see them, facet
filters and counts, and the order (clauses found in the title first, then newest) come from a
per-process snapshot of the index kept up to date with every change (snapshot.py). Only the
shown page of entries is read in full.
"""

from collections import Counter
from functools import reduce
from itertools import islice
from operator import or_

from django.db import transaction
from django.db.models import Q

from ..documents import PUBLIC, audience_of, kinds
from ..models import IndexGeneration, SearchEntry, SearchFacetValue
from ..spelling import forget_words, record_words
from ..text import WORD, fold, minimum_should_match, parse_query, snippet, terms_text
from .base import BaseSearchBackend, SearchHit, SearchResults, clean_filters, synonym_groups
from .snapshot import CurrentSnapshot, bitset, members
from .tables import index_tables


def scores_of_matches(clauses):
    """{entry id: summed BM25 score} of the entries holding every quoted clause and enough of
    the others (`minimum_should_match`)."""
    tables = index_tables()
    scored = [(clause, tables.clause_scores(clause)) for clause in clauses]
    loose = [scores for clause, scores in scored if not clause.quoted]
    quoted = [scores for clause, scores in scored if clause.quoted]
    need = minimum_should_match(clauses)
    if need == len(loose):
        candidates = set.intersection(*(set(scores) for scores in loose + quoted))
    else:
        held = Counter()
        for scores in loose:
            held.update(scores.keys())
        candidates = {pk for pk, n in held.items() if n >= need}
        for scores in quoted:
            candidates.intersection_update(scores)
    return {pk: sum(scores.get(pk, 0.0) for _, scores in scored) for pk in candidates}


def weigh_by_kind(scores, snapshot, matched):
    """Each score times its kind's weight (search/documents.py: KIND_WEIGHTS)."""
    of_kind = snapshot.facets.get("contenido", {})
    for kind in kinds():
        if kind.weight != 1.0 and kind.name in of_kind:
            for pk in members(matched & of_kind[kind.name], snapshot.size):
                scores[pk] *= kind.weight
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
        scores = scores_of_matches(clauses)
        matched = allowed & bitset(scores, snapshot.size)
        ids = members(matched, snapshot.size)
        count = offset + limit
        if sort == "recientes":
            first = snapshot.newest(ids, count)
        else:
            first = snapshot.best(ids, weigh_by_kind(scores, snapshot, matched), count)
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
        documents, seen = iter(documents), set()
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
                record_words(chunk, seen)

    @transaction.atomic
    def remove(self, key):
        SearchEntry.objects.filter(key=key).delete()
        IndexGeneration.advance()

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
        snapshot = _current.get()
        public = snapshot.audiences.get(PUBLIC, 0)
        tables = index_tables()
        return {t: (bitset(tables.term_ids(t), snapshot.size) & public).bit_count() for t in terms}

    def is_available(self):
        return True
