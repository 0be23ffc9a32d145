"""Elasticsearch 8 through elasticsearch.dsl: Spanish analysis, synonyms, aggregations, highlights.

Index analyzer: standard tokens → lowercase → asciifolding → Spanish light stemmer (plural and
gender: "evaluaciones", "Evaluación" and "evaluacion" all become "evaluacion"; Lucene's Snowball
Spanish stemmer, by contrast, stems "regalías" and "regalias" differently). The search
analyzer adds a `synonym_graph` filter (before stemming) built from the `Synonym` table, so editors'
synonyms apply without reindexing: on a change the index is closed, its analysis updated and
reopened. `all_text` (title + body via copy_to) is what must match; a title match ranks higher.
"""

import datetime
import logging

from elasticsearch import Elasticsearch, NotFoundError, TransportError
from elasticsearch.dsl import Q, Search
from elasticsearch.helpers import bulk

from ..documents import audience_of
from ..models import Synonym
from ..text import MARK_END, MARK_START, PHRASE
from .base import (
    BaseSearchBackend,
    SearchHit,
    SearchResults,
    SearchUnavailable,
    clean_filters,
)

logger = logging.getLogger(__name__)

TEXT = {"type": "text", "analyzer": "es_index", "search_analyzer": "es_search"}
FACET_FIELDS = ("contenido", "nivel", "tipo", "sector", "etapa", "entidad", "departamento", "anio")
MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "kind": {"type": "keyword"},
        "title": {**TEXT, "copy_to": "all_text", "fields": {"raw": {"type": "keyword"}}},
        "title_prefix": {"type": "text", "analyzer": "es_prefix", "search_analyzer": "es_fold"},
        "body": {**TEXT, "copy_to": "all_text"},
        "all_text": TEXT,
        "url": {"type": "keyword", "index": False},
        "date": {"type": "date"},
        "territory": {"type": "keyword", "index": False},
        "audience": {"type": "keyword"},
        **{f"f_{facet}": {"type": "keyword"} for facet in FACET_FIELDS},
    },
}


def synonym_rules():
    """Solr-format lines, one per editor-defined synonym: 'sgr, sistema general de regalías'."""
    return [", ".join(s.members()) for s in Synonym.objects.all() if len(s.members()) > 1]


def analysis(rules):
    fold = ["lowercase", "asciifolding"]
    return {
        "filter": {
            "es_stemmer": {"type": "stemmer", "language": "light_spanish"},
            "es_synonyms": {"type": "synonym_graph", "synonyms": rules or ["att, att"]},
        },
        "analyzer": {
            "es_index": {"tokenizer": "standard", "filter": [*fold, "es_stemmer"]},
            "es_search": {"tokenizer": "standard", "filter": [*fold, "es_synonyms", "es_stemmer"]},
            "es_prefix": {"tokenizer": "standard", "filter": fold},
            "es_fold": {"tokenizer": "standard", "filter": fold},
        },
    }


class ElasticsearchSearchBackend(BaseSearchBackend):
    def __init__(self, URLS=(), INDEX="redatt_site", TIMEOUT=5, REFRESH=False, **options):
        self.index_name = INDEX
        self.refresh = REFRESH  # tests: make each write visible at once
        self.client = Elasticsearch(list(URLS), request_timeout=TIMEOUT)

    # --- Querying ---------------------------------------------------------------------------

    def base(self, user):
        return Search(using=self.client, index=self.index_name).filter(
            "terms", audience=sorted(audience_of(user))
        )

    def matching(self, query, user, filters):
        phrases = [p for p in PHRASE.findall(query) if p.strip()]
        loose = PHRASE.sub(" ", query).strip()
        must = [Q("match_phrase", all_text=p) for p in phrases]
        if loose:
            must.append(Q("match", all_text={"query": loose, "operator": "and"}))
        if not must:
            return None
        search = self.base(user).query(
            Q("bool", must=must, should=[Q("match", title={"query": query.replace('"', " ")})])
        )
        for facet, values in clean_filters(filters).items():
            search = search.filter("terms", **{f"f_{facet}": values})
        return search

    def search(self, query, *, user, filters=None, sort="relevancia", offset=0, limit=20):
        search = self.matching(query, user, filters)
        if search is None:
            return SearchResults(query=query)
        if sort == "recientes":
            search = search.sort("-date", "title.raw")
        for facet in FACET_FIELDS:
            search.aggs.bucket(facet, "terms", field=f"f_{facet}", size=100)
        # Our sentinels as highlight tags: the view escapes the text, then turns them into <mark>.
        search = search.highlight(
            "body", fragment_size=180, number_of_fragments=1, no_match_size=180
        ).highlight_options(require_field_match=False, pre_tags=[MARK_START], post_tags=[MARK_END])
        search = search.extra(track_total_hits=True)[offset : offset + limit]
        response = self.execute(search)
        hits = [self.hit(h) for h in response.hits]
        facets = {
            facet: [(b.key, b.doc_count) for b in response.aggregations[facet].buckets]
            for facet in FACET_FIELDS
            if response.aggregations[facet].buckets
        }
        return SearchResults(query=query, hits=hits, total=response.hits.total.value, facets=facets)

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
    def hit(h):
        highlight = getattr(h.meta, "highlight", None)
        body = list(getattr(highlight, "body", [])) if highlight else []
        return SearchHit(
            title=h.title,
            url=h.url,
            kind=h.kind,
            snippet=body[0] if body else "",
            date=datetime.date.fromisoformat(h.date[:10]) if h.date else None,
            territory=h.territory,
        )

    def autocomplete(self, prefix, *, user, limit=8):
        if not prefix.strip():
            return []
        search = self.base(user).query(
            Q("match_bool_prefix", title_prefix={"query": prefix, "operator": "and"})
        )
        search = search.sort("-date").source(["title", "url"])[:limit]
        return [(h.title, h.url) for h in self.execute(search).hits]

    def spelling_suggestion(self, query):
        """Elasticsearch's term suggester over title words (folded, not stemmed)."""
        search = Search(using=self.client, index=self.index_name).extra(size=0)
        search = search.suggest(
            "spelling",
            query,
            term={"field": "title_prefix", "suggest_mode": "missing", "min_word_length": 4},
        )
        changed, out = False, []
        for entry in self.execute(search).suggest.spelling:
            options = entry.options
            out.append(options[0].text if options else entry.text)
            changed = changed or bool(options)
        return " ".join(out) if changed else ""

    # --- Indexing ---------------------------------------------------------------------------

    def ensure_index(self):
        if not self.client.indices.exists(index=self.index_name):
            self.create_index()

    def create_index(self):
        body = {
            "settings": {"number_of_shards": 1, "number_of_replicas": 0},
            "mappings": MAPPINGS,
        }
        body["settings"]["analysis"] = analysis(synonym_rules())
        self.client.indices.create(index=self.index_name, **body)

    def index(self, document):
        self.ensure_index()
        self.client.index(
            index=self.index_name,
            id=document.key,
            document=self.source(document),
            refresh=self.refresh,
        )

    def index_many(self, documents):
        """One bulk request per 500 documents: what makes a full rebuild fast."""
        self.ensure_index()
        actions = (
            {"_index": self.index_name, "_id": d.key, "_source": self.source(d)} for d in documents
        )
        bulk(self.client, actions, chunk_size=500, refresh=self.refresh)

    @staticmethod
    def source(document):
        return {
            "kind": document.kind,
            "title": document.title,
            "title_prefix": document.title,
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

    def reset(self):
        self.client.indices.delete(index=self.index_name, ignore_unavailable=True)
        self.create_index()

    def synonyms_changed(self):
        """Search analyzers are fixed while an index is open: close, update, reopen."""
        self.ensure_index()
        self.client.indices.close(index=self.index_name)
        try:
            self.client.indices.put_settings(
                index=self.index_name, settings={"analysis": analysis(synonym_rules())}
            )
        finally:
            self.client.indices.open(index=self.index_name, wait_for_active_shards="1")

    def is_available(self):
        try:  # cluster health, not ping: the test distribution has no root endpoint
            return self.client.cluster.health()["status"] in {"green", "yellow"}
        except Exception:  # noqa: BLE001 - any transport failure means "degraded"
            return False
