"""The contract every site-search backend fulfils; views, the API and `/health/` only use this.

A backend indexes `search.documents.SearchDocument`s and answers `search()` with only what the
user may see: it filters by `documents.audience_of(user)` before matching, counting, faceting,
highlighting or suggesting, so nothing private leaks through any of them.
"""

import difflib
from dataclasses import dataclass, field

from ..documents import FACETS
from ..models import Synonym
from ..text import WORD, fold, stems

SORTS = ("relevancia", "recientes")


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


def clean_filters(filters):
    """Only known facets, each a list of non-empty values."""
    return {
        facet: [v for v in values if v]
        for facet, values in (filters or {}).items()
        if facet in FACETS and any(values)
    }


def synonym_groups():
    """Each editor-defined synonym line as a list of stem tuples."""
    return [
        [tuple(stems(member)) for member in synonym.members() if stems(member)]
        for synonym in Synonym.objects.all()
    ]


class SearchUnavailable(Exception):
    """The engine cannot answer now; the page says so instead of failing."""


class BaseSearchBackend:
    def search(self, query, *, user, filters=None, sort="relevancia", offset=0, limit=20):
        """Hits the user may open, best (or newest) first, with facet counts over all of them."""
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

    def synonyms_changed(self):
        """Called after editors change synonyms."""

    def vocabulary(self):
        """Folded words of indexed titles, for spelling suggestions."""
        raise NotImplementedError

    def spelling_suggestion(self, query):
        """The query with unknown words replaced by the closest title word, or "" if none."""
        vocabulary = self.vocabulary()
        changed, out = False, []
        for word in WORD.findall(query):
            folded = fold(word)
            close = []
            if folded not in vocabulary and len(folded) >= 4:
                close = difflib.get_close_matches(folded, vocabulary, n=1, cutoff=0.75)
            out.append(close[0] if close else word)
            changed = changed or bool(close)
        return " ".join(out) if changed else ""

    def is_available(self):
        """False when the engine cannot answer; the site then reports search as degraded."""
        raise NotImplementedError
