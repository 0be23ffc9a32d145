"""The three library content types: methodology guide, lesson learned, best practice."""

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.routing import route

from ..blocks import ResultsBlock, StepBlock
from .adoption import Adoption
from .base import KnowledgePage

SHORT_TEXT = ["bold", "italic", "ul", "ol", "link"]
# API listings of adoptable types load every item's adoptions, with their places, in one query.
ADOPTIONS = Prefetch(
    "adoptions", queryset=Adoption.objects.select_related("department", "municipality")
)


class GuidePage(KnowledgePage):
    purpose = RichTextField(_("propósito"), features=SHORT_TEXT)
    audience = models.CharField(
        _("a quién va dirigida"),
        max_length=255,
        help_text=_("Por ejemplo: secretarías de planeación."),
    )
    steps = StreamField(
        [("step", StepBlock())], blank=True, verbose_name=_("pasos"), use_json_field=True
    )
    version = models.CharField(_("versión"), max_length=20, default="1.0")
    review_by = models.DateField(
        _("revisar antes de"),
        null=True,
        blank=True,
        help_text=_("Pasada esta fecha, la guía aparece en el informe de guías por revisar."),
    )

    content_panels = KnowledgePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("purpose"),
        FieldPanel("audience"),
        FieldPanel("steps"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("version"), FieldPanel("review_by")]),
        *KnowledgePage.taxonomy_panels,
    ]
    search_fields = KnowledgePage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("audience"),
        index.SearchField("steps"),
    ]
    api_fields = KnowledgePage.api_fields + [
        APIField("purpose"),
        APIField("audience"),
        APIField("steps"),
        APIField("version"),
        APIField("review_by"),
        APIField("adoption"),
    ]
    api_prefetch = (*KnowledgePage.api_prefetch, ADOPTIONS)
    adoptable = True
    parent_page_types = ["knowledge.LibraryIndexPage"]
    subpage_types = []
    template = "knowledge/guide_page.html"

    class Meta:
        verbose_name = _("guía metodológica")
        verbose_name_plural = _("guías metodológicas")

    @property
    def needs_review(self):
        return bool(self.review_by and self.review_by < timezone.localdate())


class LessonPage(KnowledgePage):
    programme = models.CharField(_("programa"), max_length=255)
    period_start = models.PositiveSmallIntegerField(_("desde (año)"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("hasta (año)"), null=True, blank=True)
    context = RichTextField(_("contexto"), features=SHORT_TEXT)
    what_was_done = RichTextField(_("qué se hizo"), features=SHORT_TEXT)
    what_worked = RichTextField(_("qué funcionó"), features=SHORT_TEXT)
    what_did_not = RichTextField(_("qué no funcionó"), features=SHORT_TEXT)
    recommendation = RichTextField(_("recomendación"), features=SHORT_TEXT)

    content_panels = KnowledgePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Programa y periodo"),
        ),
        FieldPanel("context"),
        FieldPanel("what_was_done"),
        FieldPanel("what_worked"),
        FieldPanel("what_did_not"),
        FieldPanel("recommendation"),
        FieldPanel("body"),
        *KnowledgePage.taxonomy_panels,
    ]
    search_fields = KnowledgePage.search_fields + [
        index.SearchField("programme"),
        index.SearchField("context"),
        index.SearchField("what_was_done"),
        index.SearchField("what_worked"),
        index.SearchField("what_did_not"),
        index.SearchField("recommendation"),
    ]
    api_fields = KnowledgePage.api_fields + [
        APIField(name)
        for name in (
            "programme",
            "period_start",
            "period_end",
            "context",
            "what_was_done",
            "what_worked",
            "what_did_not",
            "recommendation",
        )
    ]
    parent_page_types = ["knowledge.LibraryIndexPage"]
    subpage_types = []
    template = "knowledge/lesson_page.html"

    class Meta:
        verbose_name = _("lección aprendida")
        verbose_name_plural = _("lecciones aprendidas")

    @property
    def period(self):
        if self.period_start and self.period_end and self.period_start != self.period_end:
            return f"{self.period_start}–{self.period_end}"
        return str(self.period_start or self.period_end or "")


class PracticePage(KnowledgePage):
    class Validation(models.TextChoices):
        PROPOSED = "propuesta", _("Propuesta")
        VALIDATED = "validada", _("Validada")
        FEATURED = "destacada", _("Destacada")

    problem = RichTextField(_("problema"), features=SHORT_TEXT)
    solution = RichTextField(_("solución"), features=SHORT_TEXT)
    results = StreamField(
        ResultsBlock(), blank=True, verbose_name=_("resultados y evidencia"), use_json_field=True
    )
    replication_conditions = RichTextField(_("condiciones para replicarla"), features=SHORT_TEXT)
    resources_required = RichTextField(_("recursos que requirió"), features=SHORT_TEXT, blank=True)
    contact_entity = models.ForeignKey(
        "reference.Entity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entidad de contacto"),
    )
    contact_email = models.EmailField(_("correo de contacto"), blank=True)
    validation_status = models.CharField(
        _("estado de validación"),
        max_length=12,
        choices=Validation.choices,
        default=Validation.PROPOSED,
    )

    content_panels = KnowledgePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("problem"),
        FieldPanel("solution"),
        FieldPanel("results"),
        FieldPanel("replication_conditions"),
        FieldPanel("resources_required"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_entity"),
                FieldPanel("contact_email"),
                FieldPanel("validation_status"),
            ],
            heading=_("Contacto y validación"),
        ),
        *KnowledgePage.taxonomy_panels,
    ]
    search_fields = KnowledgePage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("solution"),
        index.SearchField("results"),
        index.SearchField("replication_conditions"),
        index.FilterField("validation_status"),
    ]
    api_fields = KnowledgePage.api_fields + [
        APIField(name)
        for name in (
            "problem",
            "solution",
            "results",
            "replication_conditions",
            "resources_required",
            "validation_status",
            "adoption",
        )
    ]
    api_prefetch = (*KnowledgePage.api_prefetch, ADOPTIONS)
    adoptable = True
    parent_page_types = ["knowledge.LibraryIndexPage"]
    subpage_types = []
    template = "knowledge/practice_page.html"

    # The one-page replication kit (knowledge/pdf.py), for councils, meetings and chat groups.
    kit_route = route("kit/", "knowledge.views.practice_kit", name="kit")

    class Meta:
        verbose_name = _("buena práctica")
        verbose_name_plural = _("buenas prácticas")
