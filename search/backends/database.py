"""The embedded default: our own index table, matched and faceted in SQL on SQLite or PostgreSQL.

Each document is stored once in `SearchEntry` with its Spanish-analysed terms (search/text.py:
folded, stemmed, space-padded); a query becomes clauses that must all occur, so accents, case,
plurals, synonyms and quoted phrases behave the same on both databases and like the
Elasticsearch backend. On SQLite the clauses become one FTS5 query over an index of those terms
(migration 0003); elsewhere each clause is a substring test on title or body terms. Relevance is
a weighted count of clauses found in the title; facets are a GROUP BY over the visible matching
entries.
"""

from functools import reduce
from itertools import islice
from operator import and_, or_

from django.db import connection, transaction
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL

from ..documents import audience_of
from ..models import SearchEntry, SearchFacetValue
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
        total = entries.count()
        if sort == "recientes":
            ordered = entries.order_by("-date", "title")
        else:
            ordered = entries.annotate(score=_title_score(clauses)).order_by(
                "-score", "-date", "title"
            )
        page = ordered.only("kind", "title", "url", "body", "date", "territory")
        hits = [
            SearchHit(
                title=entry.title,
                url=entry.url,
                kind=entry.kind,
                snippet=snippet(entry.body, clauses),
                date=entry.date,
                territory=entry.territory,
            )
            for entry in page[offset : offset + limit]
        ]
        return SearchResults(query=query, hits=hits, total=total, facets=self.facets(entries))

    def facets(self, entries):
        counts = (
            SearchFacetValue.objects.filter(entry__in=entries.values("pk"))
            .values("facet", "value")
            .annotate(n=Count("entry_id", distinct=True))
            .order_by("facet", "-n", "value")
        )
        facets = {}
        for row in counts:
            facets.setdefault(row["facet"], []).append((row["value"], row["n"]))
        return facets

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

    def remove(self, key):
        SearchEntry.objects.filter(key=key).delete()

    def reset(self):
        # Facet rows first, in one statement; then entries loaded as bare keys, so that emptying
        # a large index does not read every document's text into memory.
        SearchFacetValue.objects.all().delete()
        SearchEntry.objects.only("pk").delete()

    def vocabulary(self):
        words = set()
        for title in SearchEntry.objects.values_list("title", flat=True).iterator():
            words.update(fold(w) for w in WORD.findall(title) if len(w) > 3)
        return words

    def is_available(self):
        return True
