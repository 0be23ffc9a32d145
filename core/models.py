"""The abstract base page every area's pages share, and the editable home page.

Sections of the home page are filled by the areas themselves: each app registers a
`home_sections` provider (see `sections.py`), so the home page shows what exists and nothing else.
"""

from modelcluster.fields import ParentalKey

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core.links import SiteLinksMixin
from core.singleline import one_line

from .operator import OperatorSettings  # noqa: F401 (registers the footer's settings)
from .sections import collect_home_sections


class BasePage(SiteLinksMixin, Page):
    """Shared behaviour for every public page: a summary for cards, feeds and sharing."""

    summary = models.TextField(
        _("resumen"),
        blank=True,
        help_text=_("Una o dos frases. Se usa en listados, resultados de búsqueda y al compartir."),
    )

    class Meta:
        abstract = True

    # A member's practice title becomes a page title (community.practices): one line, whatever
    # path the page is saved by. Wagtail validates drafts with minimal_clean, the rest full_clean.
    def minimal_clean(self):
        self.title = one_line(self.title)
        super().minimal_clean()

    def full_clean(self, *args, **kwargs):
        self.title = one_line(self.title)
        super().full_clean(*args, **kwargs)

    def get_meta_description(self):
        return self.search_description or self.summary


class HomePage(SiteLinksMixin, Page):
    heading = models.CharField(
        _("titular"), max_length=200, default="Asistencia técnica territorial que se comparte"
    )
    intro = RichTextField(_("introducción"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("heading"), FieldPanel("intro")], heading=_("Portada")),
        InlinePanel("featured", label=_("Contenidos destacados"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("página de inicio")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = [
            item.page.specific for item in self.featured.select_related("page") if item.page.live
        ]
        context["sections"] = collect_home_sections(request)
        return context

    def serve(self, request, *args, **kwargs):
        """A member's home holds their own recommendations: never cached for anyone else."""
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response


class FeaturedPage(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("página")
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("contenido destacado")
