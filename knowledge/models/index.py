"""The library index (Biblioteca) and its per-type listings, with feeds and CSV export.

One page class serves both: an index lists the live library items below it, so "Biblioteca"
lists everything and its child "Guías metodológicas" lists guides. Feeds and the CSV export are
sub-routes of the listing and honour the same filters.
"""

from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from core.models import BasePage
from reference.comparable import municipality_of, needs_municipality

from ..exports import stream_csv
from ..feeds import LibraryAtomFeed, LibraryRssFeed
from ..filters import LibraryFilter, listing_context
from .base import KnowledgePage

PER_PAGE = 12


class LibraryIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introducción"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    subpage_types = [
        "knowledge.LibraryIndexPage",
        "knowledge.GuidePage",
        "knowledge.LessonPage",
        "knowledge.PracticePage",
    ]
    template = "knowledge/library_index_page.html"

    class Meta:
        verbose_name = _("índice de la biblioteca")
        verbose_name_plural = _("índices de la biblioteca")

    def items(self):
        """Live, public library items below this index, ready for cards (no N+1)."""
        return (
            KnowledgePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("entity", "content_type")
            .prefetch_related("capacity_types", "sectors")
        )

    def sections(self):
        """Child indexes (such as "Guías metodológicas"), not the items filed directly below."""
        return LibraryIndexPage.objects.child_of(self).live().public()

    def filtered(self, request, municipality=None):
        return LibraryFilter(self.items(), request.GET, municipality)

    @path("")
    def listing(self, request):
        """A member's listing is their own (the "Municipios como el mío" facet): never cached
        for anyone else."""
        municipality = municipality_of(request.user)
        context = listing_context(self.filtered(request, municipality), request, PER_PAGE)
        context["like_mine_hint"] = needs_municipality(request.user, municipality)
        response = self.render(request, context_overrides=context)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response

    @path("rss/", name="rss")
    def rss(self, request):
        return LibraryRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        return LibraryAtomFeed(self)(request)

    @path("csv/", name="csv")
    def csv(self, request):
        municipality = municipality_of(request.user)
        return stream_csv(self, self.filtered(request, municipality).results, request)
