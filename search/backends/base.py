"""The contract every site-search backend fulfils; views, the API and `/health/` only use this.

A backend indexes `search.documents.SearchDocument`s and answers `search()` with only what the
user may see, ranked alike on every backend (search/text.py for the analysis and the matching
rule, `RELAX_BELOW` here): it filters by `documents.audience_of(user)` before matching,
counting, faceting, highlighting or suggesting, so nothing private leaks through any of them.
"""

from dataclasses import dataclass, field
from itertools import islice

from .. import thesaurus
from ..documents import FACETS, FILTER_ONLY
from ..models import Synonym
from ..text import parse_query, stems

SORTS = ("relevancia", "recientes")
# Fewer hits than this holding enough of the query's words: hits holding any of them follow,
# after all of those (a question worded unlike the guide that answers it still finds it).
RELAX_BELOW = 10


@dataclass
class SearchHit:
    title: str
    url: str
    kind: str
    snippet: str = ""  # plain text with highlight sentinels (search.text.MARK_START/END)
    date: object = None
    territory: str = ""


@dataclass
class SearchResults:
    query: str
    hits: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)  # facet key → [(value, count)], counts descending
    counts: dict = field(default_factory=dict)  # name → hits also matching its filters


def clean_filters(filters):
    """Only known facets (shown or filter-only), each a list of non-empty values."""
    return {
        facet: [v for v in values if v]
        for facet, values in (filters or {}).items()
        if (facet in FACETS or facet in FILTER_ONLY) and any(values)
    }


def synonym_groups():
    """Each editor-defined synonym line as a list of term tuples."""
    return [
        [tuple(stems(member)) for member in synonym.members() if stems(member)]
        for synonym in Synonym.objects.all()
    ]


def query_clauses(query):
    """The query's clauses, with the editors' synonyms and the thesaurus's policy words."""
    return parse_query(query, synonym_groups(), thesaurus.current())


def synonym_terms():
    """Every term of every synonym, and the thesaurus's everyday words: words typo correction
    leaves alone."""
    editors = {term for group in synonym_groups() for member in group for term in member}
    return editors | thesaurus.everyday_terms()


def batches(items, size):
    """Lists of up to `size` items from any iterable."""
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


class SearchUnavailable(Exception):
    """The engine cannot answer now; the page says so instead of failing."""


class BaseSearchBackend:
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
        """Hits the user may open, best (or newest) first, with facet counts over all of them.

        Hits are those holding the query's words (search/text.py) and those nearest to it in
        meaning (search/semantic.py), both rankings fused (search/fusion.py); `meaning` is the
        text to embed when it differs from `query` (the words as typed, before a correction).

        `counts` ({name: filters}) asks how many of the hits also match each set of filters, in
        the same request: a filter that is not a facet (such as "Municipios como el mío") gets
        its count without a second search."""
        raise NotImplementedError

    def similar(self, key, *, user, kinds, limit=4):
        """Hits of these kinds nearest in meaning to the document `key` ("Más como este"), the
        document itself left out, as similar as search hits must be (fusion.MIN_SIMILARITY); []
        when it has no vector yet or search by meaning is off."""
        raise NotImplementedError

    def autocomplete(self, prefix, *, user, limit=8):
        """Titles (title, url) the user may open that start with the words typed so far."""
        raise NotImplementedError

    def index(self, document):
        raise NotImplementedError

    def index_many(self, documents):
        """Index an iterable of documents; backends override this with a bulk call."""
        for document in documents:
            self.index(document)

    def remove(self, key):
        raise NotImplementedError

    def reset(self):
        """Empty the index (recreating it, with the current synonyms, where that applies)."""
        raise NotImplementedError

    def public_counts(self, terms):
        """{term: how many public documents hold it}, for typo correction (search/spelling.py)."""
        raise NotImplementedError

    def terms_present(self, terms):
        """The terms some document holds (a quick check before correcting a word)."""
        return {term for term, n in self.public_counts(terms).items() if n}

    def rebuild(self, documents):
        """Replace the whole index with these documents."""
        self.reset()
        self.index_many(documents)

    def is_available(self):
        """False when the engine cannot answer; the site then reports search as degraded."""
        raise NotImplementedError
