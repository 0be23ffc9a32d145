"""Elasticsearch 8 through elasticsearch.dsl: BM25 ranking, aggregations, an atomic rebuild.

Elasticsearch gets the terms of search/text.py (folded, stop words out, stemmed), made in Python
as for the database backend, and only splits them on spaces: one Spanish analysis on every
backend, and an index that needs no analysis module beyond Elasticsearch's core. Synonyms are
expanded in the query, so editors' changes apply at once. Each query clause is a phrase query
over title, summary and body terms weighted like the database backend's fields; loose clauses
need `minimum_should_match`, quoted ones must all match; BM25 ranks, kinds weigh
(`KIND_WEIGHTS`), the newest wins a tie. Snippets are cut in Python from the stored text.

`INDEX` names an alias: a rebuild fills a new index and swaps the alias to it in one step, so
searches never see a partial index.
"""

import datetime
import logging
import time

from elasticsearch import Elasticsearch, NotFoundError, TransportError
from elasticsearch.dsl import Q, Search
from elasticsearch.helpers import bulk

from ..documents import FILTER_ONLY, PUBLIC, audience_of, kinds
from ..spelling import forget_words, record_words
from ..text import WORD, fold, minimum_should_match, parse_query, snippet, stems
from .base import (
    RELAX_BELOW,
    BaseSearchBackend,
    SearchHit,
    SearchResults,
    SearchUnavailable,
    clean_filters,
    synonym_groups,
)
from .ranking import FIELD_WEIGHTS

logger = logging.getLogger(__name__)

TERMS = {"type": "text", "analyzer": "whitespace"}
TERM_FIELDS = ("title_terms", "summary_terms", "body_terms")
WEIGHTED_FIELDS = [f"{f}^{w}" for f, w in zip(TERM_FIELDS, FIELD_WEIGHTS, strict=True)]
FACET_FIELDS = ("contenido", "nivel", "tipo", "sector", "etapa", "entidad", "departamento", "anio")
FILTER_FIELDS = (*FACET_FIELDS, *FILTER_ONLY)  # indexed; only FACET_FIELDS are aggregated
SHOWN = ["kind", "title", "url", "date", "territory", "body"]
STRICT_FIRST = 100_000  # above any BM25 score: hits holding enough words before the others
MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "kind": {"type": "keyword"},
        "title": {"type": "keyword"},
        "title_words": TERMS,  # folded words, for title suggestions
        **dict.fromkeys(TERM_FIELDS, TERMS),
        "body": {"type": "text", "index": False},
        "url": {"type": "keyword", "index": False},
        "date": {"type": "date"},
        "territory": {"type": "keyword", "index": False},
        "audience": {"type": "keyword"},
        **{f"f_{facet}": {"type": "keyword"} for facet in FILTER_FIELDS},
    },
}


def clause_query(clause):
    """Any alternative of the clause in any field, fields weighted and summed: a phrase, or for
    spread alternatives all its words across the fields."""
    return Q(
        "bool",
        should=[
            Q(
                "multi_match",
                query=" ".join(alt),
                fields=WEIGHTED_FIELDS,
                **(
                    {"type": "cross_fields", "operator": "and"}
                    if alt in clause.spread
                    else {"type": "phrase", "tie_breaker": 1.0}
                ),
            )
            for alt in clause.alternatives
        ],
        minimum_should_match=1,
    )


def ranked(query):
    """The query's score times its kind's weight."""
    functions = [
        {"filter": Q("term", kind=kind.name).to_dict(), "weight": kind.weight}
        for kind in kinds()
        if kind.weight != 1.0
    ]
    if not functions:
        return query
    return Q("function_score", query=query, functions=functions, boost_mode="multiply")


def filtered_by(filters):
    """Every facet's values ORed, facets ANDed, as one filter (also a count's, `counts`)."""
    return Q(
        "bool",
        filter=[
            Q("terms", **{f"f_{facet}": values}) for facet, values in clean_filters(filters).items()
        ],
    )


class ElasticsearchSearchBackend(BaseSearchBackend):
    def __init__(self, URLS=(), INDEX="redatt_site", TIMEOUT=5, REFRESH=False, **options):
        self.index_name = INDEX  # the alias searches and updates go through
        self.refresh = REFRESH  # tests: make each write visible at once
        self.client = Elasticsearch(list(URLS), request_timeout=TIMEOUT)

    # --- Querying ---------------------------------------------------------------------------

    def base(self, user):
        return Search(using=self.client, index=self.index_name).filter(
            "terms", audience=sorted(audience_of(user))
        )

    def matching(self, clauses, user, filters, relaxed=False):
        """Hits holding every quoted clause and enough of the others; `relaxed`: any of the
        others, those holding enough first."""
        loose = [clause_query(c) for c in clauses if not c.quoted]
        quoted = [clause_query(c) for c in clauses if c.quoted]
        need = minimum_should_match(clauses)
        query = Q("bool", must=quoted, should=loose, minimum_should_match=1 if relaxed else need)
        if relaxed:
            strict = Q("bool", should=loose, minimum_should_match=need)
            first = Q("constant_score", filter=strict, boost=STRICT_FIRST)
            query = Q("bool", must=[query], should=[first])
        return self.base(user).query(ranked(query)).filter(filtered_by(filters))

    def search(
        self, query, *, user, filters=None, sort="relevancia", offset=0, limit=20, counts=None
    ):
        clauses = parse_query(query, synonym_groups())
        if not clauses:
            return SearchResults(query=query)
        search = self.matching(clauses, user, filters)
        if minimum_should_match(clauses) > 1:
            strict_total = self.execute(search.extra(size=0, track_total_hits=RELAX_BELOW))
            if strict_total.hits.total.value < RELAX_BELOW:
                search = self.matching(clauses, user, filters, relaxed=True)
        if sort == "recientes":
            search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "title")
        else:
            search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}})
        for facet in FACET_FIELDS:
            search.aggs.bucket(facet, "terms", field=f"f_{facet}", size=100)
        counts = counts or {}
        for i, also in enumerate(counts.values()):
            search.aggs.bucket(f"count_{i}", "filter", filtered_by(also))
        search = search.source(SHOWN).extra(track_total_hits=True)[offset : offset + limit]
        response = self.execute(search)
        hits = [self.hit(h, clauses) for h in response.hits]
        facets = {
            facet: [(b.key, b.doc_count) for b in response.aggregations[facet].buckets]
            for facet in FACET_FIELDS
            if response.aggregations[facet].buckets
        }
        return SearchResults(
            query=query,
            hits=hits,
            total=response.hits.total.value,
            facets=facets,
            counts={
                name: response.aggregations[f"count_{i}"].doc_count for i, name in enumerate(counts)
            },
        )

    @staticmethod
    def execute(search):
        try:
            return search.execute()
        except TransportError as error:  # connection refused, timeout
            raise SearchUnavailable(str(error)) from error
        except NotFoundError as error:  # a fresh deployment before its first rebuild
            logger.warning("search index missing; run manage.py rebuild_search_index")
            raise SearchUnavailable("index missing") from error

    @staticmethod
    def hit(h, clauses):
        return SearchHit(
            title=h.title,
            url=h.url,
            kind=h.kind,
            snippet=snippet(getattr(h, "body", ""), clauses),
            date=datetime.date.fromisoformat(h.date[:10]) if h.date else None,
            territory=h.territory,
        )

    def autocomplete(self, prefix, *, user, limit=8):
        folded = " ".join(fold(w) for w in WORD.findall(prefix))
        if not folded:
            return []
        search = self.base(user).query(
            Q("match_bool_prefix", title_words={"query": folded, "operator": "and"})
        )
        search = search.sort("-date").source(["title", "url"])[:limit]
        return [(h.title, h.url) for h in self.execute(search).hits]

    def public_counts(self, terms):
        search = Search(using=self.client, index=self.index_name).extra(size=0)
        search = search.filter("term", audience=PUBLIC)
        terms = list(terms)
        for i, term in enumerate(terms):
            held = Q("multi_match", query=term, fields=list(TERM_FIELDS))
            search.aggs.bucket(f"t{i}", "filter", held)
        aggregations = self.execute(search).aggregations
        return {term: aggregations[f"t{i}"].doc_count for i, term in enumerate(terms)}

    # --- Indexing ---------------------------------------------------------------------------

    def ensure_index(self):
        if not self.client.indices.exists(index=self.index_name):
            self.create_index(alias=True)

    def create_index(self, alias=False):
        """A new index named after the alias and the time; with `alias`, behind the alias."""
        name = f"{self.index_name}_{time.time_ns()}"
        body = {
            "settings": {"number_of_shards": 1, "number_of_replicas": 0},
            "mappings": MAPPINGS,
        }
        if alias:
            body["aliases"] = {self.index_name: {}}
        self.client.indices.create(index=name, **body)
        return name

    def index(self, document):
        self.ensure_index()
        self.client.index(
            index=self.index_name,
            id=document.key,
            document=self.source(document),
            refresh=self.refresh,
        )
        record_words([document], set())

    def index_many(self, documents, into=None):
        """One bulk request per 500 documents: what makes a full rebuild fast."""
        if into is None:
            self.ensure_index()

        def actions():
            chunk, seen = [], set()
            for d in documents:
                chunk.append(d)
                yield {"_index": into or self.index_name, "_id": d.key, "_source": self.source(d)}
                if len(chunk) == 500:
                    record_words(chunk, seen)
                    chunk = []
            record_words(chunk, seen)

        bulk(self.client, actions(), chunk_size=500, refresh=self.refresh)

    @staticmethod
    def source(document):
        return {
            "kind": document.kind,
            "title": document.title,
            "title_words": " ".join(fold(w) for w in WORD.findall(document.title)),
            "title_terms": " ".join(stems(document.title)),
            "summary_terms": " ".join(stems(document.summary)),
            "body_terms": " ".join(stems(document.body)),
            "body": document.body,
            "url": document.url,
            "date": document.date.isoformat() if document.date else None,
            "territory": document.territory,
            "audience": document.audience,
            **{f"f_{f}": values for f, values in document.facet_values().items()},
        }

    def remove(self, key):
        self.client.options(ignore_status=404).delete(
            index=self.index_name, id=key, refresh=self.refresh
        )

    def behind_alias(self):
        """The indices the alias names now (an old deployment's index may bear its name)."""
        if not self.client.indices.exists(index=self.index_name):
            return []
        return list(self.client.indices.get(index=self.index_name).keys())

    def reset(self):
        old = self.behind_alias()
        if old:
            self.client.indices.delete(index=",".join(old))
        forget_words()
        self.create_index(alias=True)

    def rebuild(self, documents):
        """Fill a new index while searches use the old one, then swap the alias in one step."""
        new = self.create_index()
        forget_words()
        try:
            self.index_many(documents, into=new)
            self.client.indices.refresh(index=new)
        except BaseException:
            self.client.indices.delete(index=new)  # the alias still names the old index
            raise
        old = self.behind_alias()
        if self.index_name in old:  # a plain index by the alias's name, from before aliases
            self.client.indices.delete(index=self.index_name)
            old.remove(self.index_name)
        actions = [{"add": {"index": new, "alias": self.index_name}}]
        actions += [{"remove_index": {"index": name}} for name in old]
        self.client.indices.update_aliases(actions=actions)

    def is_available(self):
        try:  # cluster health, not ping: the test distribution has no root endpoint
            return self.client.cluster.health()["status"] in {"green", "yellow"}
        except Exception:  # noqa: BLE001 - any transport failure means "degraded"
            return False
