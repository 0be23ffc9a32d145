"""The contract every site-search backend fulfils; views and `/health/` only use this."""

from dataclasses import dataclass, field


@dataclass
class SearchHit:
    title: str
    url: str
    kind: str
    summary: str = ""
    date: object = None


@dataclass
class SearchResults:
    query: str
    hits: list = field(default_factory=list)
    total: int = 0


class BaseSearchBackend:
    def search(self, query, *, user, offset=0, limit=20):
        """Hits the user may open, best first."""
        raise NotImplementedError

    def is_available(self):
        """False when the engine cannot answer; the site then reports search as degraded."""
        raise NotImplementedError
