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

from .. import fusion, semantic
from ..documents import FILTER_ONLY, PUBLIC, audience_of, kinds
from ..spelling import forget_words, record_words
from ..text import MARK_START, WORD, fold, minimum_should_match, snippet, stems
from .base import (
    RELAX_BELOW,
    BaseSearchBackend,
    SearchHit,
    SearchResults,
    SearchUnavailable,
    batches,
    clean_filters,
    query_clauses,
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
        # Embedded passages (search/semantic.py): kNN finds the document by its nearest one.
        "passages": {
            "type": "nested",
            "properties": {
                "number": {"type": "byte", "index": False},
                "text": {"type": "text", "index": False},
                "vector": {
                    "type": "dense_vector",
                    "dims": semantic.DIMENSIONS,
                    "similarity": "cosine",
                    "index_options": {"type": "int8_hnsw"},
                },
            },
        },
    },
}
# kNN candidates examined per shard for the DEPTH nearest documents.
KNN_CANDIDATES = 200


def vectors_of(documents):
    """The stored vectors of these documents' passages (none when search by meaning is off)."""
    if semantic.model() is None:
        return {}
    return semantic.stored(semantic.digest(t) for d in documents for t in d.passages())


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


def head_text(hit):
    """The text of a hit's first passage (title and summary), when its source holds it."""
    heads = [p.text for p in getattr(hit, "passages", []) if p.number == 0]
    return heads[0] if heads else ""


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

    def by_words(self, clauses, user, filters):
        """The lexical query: hits holding every quoted clause and enough of the others; when
        fewer than RELAX_BELOW do, any of the others, those holding enough scored above
        STRICT_FIRST. Returns (query, relaxed)."""
        if not clauses:
            return None, False
        loose = [clause_query(c) for c in clauses if not c.quoted]
        quoted = [clause_query(c) for c in clauses if c.quoted]
        need = minimum_should_match(clauses)
        strict = Q("bool", must=quoted, should=loose, minimum_should_match=need)
        if need <= 1:
            return ranked(strict), False
        probe = self.base(user).query(strict).filter(filtered_by(filters))
        found = self.execute(probe.extra(size=0, track_total_hits=RELAX_BELOW))
        if found.hits.total.value >= RELAX_BELOW:
            return ranked(strict), False
        query = Q("bool", must=quoted, should=loose, minimum_should_match=1)
        strict_first = Q(
            "constant_score",
            filter=Q("bool", should=loose, minimum_should_match=need),
            boost=STRICT_FIRST,
        )
        return ranked(Q("bool", must=[query], should=[strict_first])), True

    def by_meaning(self, vector, user, filters):
        """[(key, similarity, passage number, passage text)] of the documents nearest in
        meaning, nearest first, those close enough only (search/fusion.py)."""
        if vector is None:
            return []
        restrict = self.base(user).filter(filtered_by(filters)).to_dict()["query"]
        knn = {
            "field": "passages.vector",
            "query_vector": vector.tolist(),
            "k": fusion.DEPTH,
            "num_candidates": KNN_CANDIDATES,
            "filter": restrict,
            "inner_hits": {"size": 1, "_source": ["passages.number", "passages.text"]},
        }
        search = Search(using=self.client, index=self.index_name).extra(knn=knn, size=fusion.DEPTH)
        response = self.execute(search.source(False))
        near = []
        for hit in response.hits:
            passage = hit.meta.inner_hits.passages.hits.hits[0]
            similarity = 2 * hit.meta.score - 1  # Elasticsearch scores cosine as (1 + cos) / 2
            source = passage._source
            near.append((hit.meta.id, similarity, source.number, source.text))
        return fusion.close_enough(near)

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
        words, relaxed = self.by_words(clauses, user, filters)
        near = self.by_meaning(vector, user, filters)
        either = [Q("constant_score", filter=Q("ids", values=[k for k, *_ in near]), boost=0)]
        if words is not None:
            either.append(words)
        search = self.base(user).query(Q("bool", should=either, minimum_should_match=1))
        search = search.filter(filtered_by(filters))
        for facet in FACET_FIELDS:
            search.aggs.bucket(facet, "terms", field=f"f_{facet}", size=100)
        counts = counts or {}
        for i, also in enumerate(counts.values()):
            search.aggs.bucket(f"count_{i}", "filter", filtered_by(also))
        newest = {"date": {"order": "desc", "missing": "_last"}}
        if sort == "recientes":
            search = search.sort(newest, "title").source(SHOWN)[offset : offset + limit]
        else:
            search = search.sort("_score", newest).source(False)[
                : max(offset + limit, fusion.DEPTH)
            ]
        response = self.execute(search.extra(track_total_hits=True))
        if sort == "recientes":
            shown = list(response.hits)
        else:
            lexical = [h for h in response.hits if h.meta.score > 0]
            weak = {h.meta.id for h in lexical if relaxed and h.meta.score < STRICT_FIRST}
            first = fusion.fuse(
                [h.meta.id for h in lexical],
                [key for key, *_ in near],
                weak,
                [h.meta.score for h in lexical],
            )
            shown = self.fetch(first[offset : offset + limit], user)
        passages = {key: (number, text) for key, _, number, text in near}
        return SearchResults(
            query=query,
            hits=[self.hit(h, clauses, passages.get(h.meta.id)) for h in shown],
            total=response.hits.total.value,
            facets={
                facet: [(b.key, b.doc_count) for b in response.aggregations[facet].buckets]
                for facet in FACET_FIELDS
                if response.aggregations[facet].buckets
            },
            counts={
                name: response.aggregations[f"count_{i}"].doc_count for i, name in enumerate(counts)
            },
        )

    def similar(self, key, *, user, kinds, limit=4):
        try:
            found = self.client.get(index=self.index_name, id=key, source_includes=["passages"])
        except NotFoundError:
            return []
        except TransportError as error:
            raise SearchUnavailable(str(error)) from error
        first = [p for p in found["_source"].get("passages", []) if p["number"] == 0]
        if not first:
            return []
        restrict = (
            self.base(user)
            .filter("terms", f_contenido=list(kinds))
            .exclude("ids", values=[key])
            .to_dict()["query"]
        )
        knn = {
            "field": "passages.vector",
            "query_vector": first[0]["vector"],
            "k": limit,
            "num_candidates": KNN_CANDIDATES,
            "filter": restrict,
        }
        search = Search(using=self.client, index=self.index_name).extra(knn=knn, size=limit)
        search = search.source([*SHOWN, "passages.number", "passages.text"])
        hits = [(h, 2 * h.meta.score - 1) for h in self.execute(search).hits]  # cosine back
        return [self.hit(h, [], (0, head_text(h))) for h, _ in fusion.close_enough(hits)]

    def fetch(self, keys, user):
        """The shown fields of these documents, in this order (those the user may see)."""
        if not keys:
            return []
        search = self.base(user).filter("ids", values=keys).source(SHOWN)[: len(keys)]
        found = {h.meta.id: h for h in self.execute(search).hits}
        return [found[key] for key in keys if key in found]

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
    def hit(h, clauses, passage=None):
        """A hit; `passage` (number, text): the passage that found it by meaning, its snippet
        when none of the query's words is in it."""
        found = snippet(getattr(h, "body", ""), clauses)
        if passage is not None and MARK_START not in found:
            number, text = passage
            found = semantic.passage_snippet(h.title, text, number) or found
        return SearchHit(
            title=h.title,
            url=h.url,
            kind=h.kind,
            snippet=found,
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
            document=self.source(document, vectors_of([document])),
            refresh=self.refresh,
        )
        record_words([document], set())

    def index_many(self, documents, into=None):
        """One bulk request per 500 documents: what makes a full rebuild fast."""
        if into is None:
            self.ensure_index()

        def actions():
            seen = set()
            for chunk in batches(documents, 500):
                vectors = vectors_of(chunk)
                for d in chunk:
                    source = self.source(d, vectors)
                    yield {"_index": into or self.index_name, "_id": d.key, "_source": source}
                record_words(chunk, seen)

        bulk(self.client, actions(), chunk_size=500, refresh=self.refresh)

    @staticmethod
    def source(document, vectors):
        """The document as indexed; `vectors`: {digest: int8 vector} of its embedded passages."""
        passages = [
            {"number": number, "text": text, "vector": semantic.unit(vectors[key]).tolist()}
            for number, text in enumerate(document.passages())
            if (key := semantic.digest(text)) in vectors
        ]
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
            "passages": passages,
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
