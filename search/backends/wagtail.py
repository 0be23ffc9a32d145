"""Site search through Wagtail's own configured backend (database, or Elasticsearch 8)."""

from wagtail.models import Page
from wagtail.search.backends import get_search_backend as get_wagtail_backend

from .base import BaseSearchBackend, SearchHit, SearchResults


def visible_pages(user):
    """Live, unrestricted pages below the root: nothing a visitor could not open."""
    return Page.objects.live().public().filter(depth__gt=1)


class WagtailSearchBackend(BaseSearchBackend):
    def __init__(self, **options):
        self.options = options

    def search(self, query, *, user, offset=0, limit=20):
        if not query.strip():
            return SearchResults(query=query)
        matches = get_wagtail_backend().search(query, visible_pages(user))
        total = matches.count()
        hits = [
            SearchHit(
                title=page.title,
                url=page.url,
                kind=page.specific_class._meta.verbose_name if page.specific_class else "",
                summary=page.search_description,
                date=page.last_published_at,
            )
            for page in matches[offset : offset + limit]
        ]
        return SearchResults(query=query, hits=hits, total=total)

    def is_available(self):
        backend = get_wagtail_backend()
        client = getattr(backend, "es", None)
        if client is None:  # database backend: available whenever the database is
            return True
        try:
            return bool(client.ping())
        except Exception:  # noqa: BLE001 - any transport failure means "degraded"
            return False
