"""What every library item shares: taxonomy, territory, tags, documents, related resources.

`KnowledgePage` is a concrete (multi-table) base that editors never create directly. Being
concrete is what lets the library index filter, count and sort guides, lessons and practices in
one query; the three types add only their own fields. Its routes take readers' feedback ("¿Le
sirvió?", "La estamos aplicando" and its follow-up), handled in `knowledge/views.py`.
"""

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage
from core.routing import delegate, route

from ..blocks import BodyBlock
from ..serializers import TermListField


class KnowledgePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.KnowledgePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class KnowledgePage(RoutablePageMixin, BasePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("contenido"))
    capacity_levels = ParentalManyToManyField(
        "reference.CapacityLevel", blank=True, verbose_name=_("niveles de capacidad")
    )
    capacity_types = ParentalManyToManyField(
        "reference.CapacityType", blank=True, verbose_name=_("tipos de capacidad")
    )
    sectors = ParentalManyToManyField("reference.Sector", blank=True, verbose_name=_("sectores"))
    cycle_stages = ParentalManyToManyField(
        "reference.CycleStage", blank=True, verbose_name=_("etapas del ciclo de gestión")
    )
    entity = models.ForeignKey(
        "reference.Entity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entidad oferente"),
    )
    departments = ParentalManyToManyField(
        "reference.Department", blank=True, verbose_name=_("departamentos")
    )
    municipalities = ParentalManyToManyField(
        "reference.Municipality", blank=True, verbose_name=_("municipios")
    )
    tags = ClusterTaggableManager(through=KnowledgePageTag, blank=True, verbose_name=_("etiquetas"))
    publication_date = models.DateField(_("fecha de publicación"), default=timezone.localdate)
    last_reviewed = models.DateField(_("última revisión"), null=True, blank=True)

    is_creatable = False
    adoptable = False  # entities record "La estamos aplicando" on guides and practices

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("capacity_levels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("capacity_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors"),
                FieldPanel("cycle_stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Clasificación"),
        ),
        MultiFieldPanel(
            [FieldPanel("entity"), FieldPanel("departments"), FieldPanel("municipalities")],
            heading=_("Entidad y territorio"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("publication_date"), FieldPanel("last_reviewed")])],
            heading=_("Fechas"),
        ),
        InlinePanel("documents", label=_("Documentos adjuntos")),
        InlinePanel("related_resources", label=_("Recursos relacionados")),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("publication_date"),
        APIField("last_reviewed"),
        APIField("capacity_levels", serializer=TermListField()),
        APIField("capacity_types", serializer=TermListField()),
        APIField("sectors", serializer=TermListField()),
        APIField("cycle_stages", serializer=TermListField()),
        APIField("departments", serializer=TermListField(key="code")),
        APIField("municipalities", serializer=TermListField(key="code")),
        APIField("entity_name"),
        APIField("tag_names"),
        APIField("usefulness"),
    ]
    # Loaded with each page of API results, so a listing costs the same queries for 20 or 200.
    api_prefetch = (
        "capacity_levels",
        "capacity_types",
        "sectors",
        "cycle_stages",
        "departments",
        "municipalities",
        "tags",
    )
    api_select = ("entity",)

    @classmethod
    def api_annotate(cls, queryset):
        """The "¿Le sirvió?" counts, in the listing's own query (see siteconf.api)."""
        from ..feedback import with_usefulness_counts

        return with_usefulness_counts(queryset)

    class Meta:
        verbose_name = _("recurso de la biblioteca")
        verbose_name_plural = _("recursos de la biblioteca")

    @property
    def entity_name(self):
        return str(self.entity) if self.entity else ""

    @property
    def tag_names(self):
        return [tag.name for tag in self.tags.all()]

    @property
    def usefulness(self):
        """Open data: how many readers said it served them, and how many said it did not."""
        from ..feedback import usefulness_counts

        return usefulness_counts(self).as_api()

    @property
    def adoption(self):
        """Open data: how many entities apply it, where, and how it went (guides, practices)."""
        from ..adoption import adoption_summary

        return adoption_summary(self).as_api()

    @property
    def kind_label(self):
        return self.specific_class._meta.verbose_name

    def library_root(self):
        """The top library index above this item, whose listing the taxonomy links filter."""
        from .index import LibraryIndexPage

        return LibraryIndexPage.objects.ancestor_of(self).order_by("depth").first()

    def taxonomy_links(self):
        """[(facet label, [(term label, filtered listing URL)])] for the item's page."""
        root = self.library_root()
        if root is None:
            return []
        base = root.url
        groups = [
            (
                _("Nivel de capacidad"),
                "nivel",
                [(t.name, t.slug) for t in self.capacity_levels.all()],
            ),
            (_("Tipo de capacidad"), "tipo", [(t.name, t.slug) for t in self.capacity_types.all()]),
            (_("Sector"), "sector", [(t.name, t.slug) for t in self.sectors.all()]),
            (_("Etapa del ciclo"), "etapa", [(t.name, t.slug) for t in self.cycle_stages.all()]),
            (_("Departamento"), "departamento", [(d.name, d.code) for d in self.departments.all()]),
            (_("Etiquetas"), "etiqueta", [(t.name, t.slug) for t in self.tags.all()]),
        ]
        if self.entity:
            groups.insert(4, (_("Entidad"), "entidad", [(str(self.entity), self.entity.slug)]))
        return [
            (label, [(name, f"{base}?{urlencode({param: value})}") for name, value in terms])
            for label, param, terms in groups
            if terms
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return context | delegate(self, "knowledge.views.item_context", request)

    usefulness_route = route("opinion/", "knowledge.views.usefulness", name="usefulness")
    adoption_route = route("aplicacion/", "knowledge.views.adoption", name="adoption")
    adoption_follow_up_route = route(
        "aplicacion/seguimiento/", "knowledge.views.adoption_follow_up", name="adoption_follow_up"
    )
    # The item's PDF (knowledge/pdf.py): live, public pages only.
    pdf_route = route("pdf/", "knowledge.views.item_pdf", name="pdf")

    def more_like_this(self, limit=4):
        """Live items sharing a capacity type or a sector, most recent first: "Más como este"
        while search by meaning is off or has no vector for this item (knowledge/similar.py)."""
        return (
            KnowledgePage.objects.live()
            .public()
            .exclude(pk=self.pk)
            .filter(
                models.Q(capacity_types__in=self.capacity_types.all())
                | models.Q(sectors__in=self.sectors.all())
            )
            .distinct()
            .order_by("-publication_date")[:limit]
        )


class KnowledgePageDocument(Orderable):
    page = ParentalKey(KnowledgePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("documento"),
    )
    label = models.CharField(
        _("nombre visible"),
        max_length=200,
        blank=True,
        help_text=_("Por defecto, el del documento."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    @property
    def title(self):
        return self.label or self.document.title


class RelatedResource(Orderable):
    page = ParentalKey(KnowledgePage, on_delete=models.CASCADE, related_name="related_resources")
    linked_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("página de Red ATT"),
    )
    url = models.URLField(_("enlace externo"), blank=True)
    title = models.CharField(_("título"), max_length=200, blank=True)

    panels = [FieldPanel("linked_page"), FieldPanel("url"), FieldPanel("title")]

    def clean(self):
        if not self.linked_page and not self.url:
            raise ValidationError(_("Elija una página de Red ATT o escriba un enlace externo."))

    @property
    def href(self):
        return self.linked_page.url if self.linked_page else self.url

    @property
    def label(self):
        return self.title or (self.linked_page.title if self.linked_page else self.url)
