"""The library index (Biblioteca) and its per-type listings, with feeds and CSV export.

One page class serves both: an index lists the live library items below it, so "Biblioteca"
lists everything and its child "Guías metodológicas" lists guides. Feeds and the CSV export are
sub-routes of the listing and honour the same filters (handled in knowledge/views.py).
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField

from core.models import BasePage
from core.routing import route

from .base import KnowledgePage


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

    listing = route("", "knowledge.views.library_listing", name="listing")
    rss = route("rss/", "knowledge.views.library_rss", name="rss")
    atom = route("atom/", "knowledge.views.library_atom", name="atom")
    csv = route("csv/", "knowledge.views.library_csv", name="csv")
