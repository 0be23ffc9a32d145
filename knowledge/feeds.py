"""RSS and Atom feeds of a library listing, with the listing's filters applied."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from core.links import absolute

from .filters import LibraryFilter

FEED_SIZE = 50


class LibraryRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return LibraryFilter(self.index_page.items(), request.GET)

    def title(self, library_filter):
        return f"Red ATT · {self.index_page.title}"

    def link(self, library_filter):
        query = self.request.GET.urlencode()
        return self.index_page.get_full_url(self.request) + (f"?{query}" if query else "")

    def feed_url(self, library_filter):
        # The feed's own address, filters included, so a reader re-fetches the same selection.
        return absolute(self.request.get_full_path())

    def description(self, library_filter):
        return self.index_page.summary or self.index_page.title

    def items(self, library_filter):
        return library_filter.results.order_by("-publication_date", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        """The item's own publication date (an editor's field, the one the listing shows), not
        when its page was saved: a guide of 2023 entered today was published in 2023."""
        return _start_of(item.publication_date)

    def item_updateddate(self, item):
        return _start_of(max(filter(None, (item.publication_date, item.last_reviewed))))

    def item_categories(self, item):
        return [term.name for term in (*item.capacity_types.all(), *item.sectors.all())]


class LibraryAtomFeed(LibraryRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, library_filter):
        return self.description(library_filter)


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))
