"""The meeting's pages: the archive of editions (index) and one edition per year.

The review state (started, closed) lives on the edition but is set by the review workflow, never
through the page editor; `with_content_json` keeps it when an older revision is published.
"""

from modelcluster.fields import ParentalKey

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from siteconf.home.models import BasePage

from ..blocks import AgendaBlock, MemoriaResourcesBlock
from ..permissions import jury_candidates

TEXT = ["h2", "h3", "bold", "italic", "ul", "ol", "link"]
REVIEW_FIELDS = ("review_started_at", "review_closed_at")


class MeetingIndexPage(BasePage):
    intro = RichTextField(_("introducción"), blank=True, features=TEXT)

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["meeting.EditionPage"]
    max_count = 1
    template = "meeting/meeting_index_page.html"

    class Meta:
        verbose_name = _("encuentro anual de buenas prácticas")

    def editions(self):
        """Live editions, newest year first: the archive."""
        return EditionPage.objects.child_of(self).live().public().order_by("-year")


class EditionPage(RoutablePageMixin, BasePage):
    year = models.PositiveSmallIntegerField(_("año"), unique=True)
    starts_on = models.DateField(_("fecha de inicio"))
    ends_on = models.DateField(_("fecha de cierre"))
    place = models.CharField(_("lugar"), max_length=200, blank=True)
    is_online = models.BooleanField(_("virtual"), default=False)
    online_url = models.URLField(_("enlace de transmisión"), blank=True)
    description = RichTextField(_("descripción"), features=TEXT)
    selection_criteria = RichTextField(_("criterios de selección"), blank=True, features=TEXT)
    call_opens_at = models.DateTimeField(_("la convocatoria abre"))
    call_closes_at = models.DateTimeField(_("la convocatoria cierra"))
    vote_opens_at = models.DateTimeField(_("la votación del público abre"), null=True, blank=True)
    vote_closes_at = models.DateTimeField(
        _("la votación del público cierra"), null=True, blank=True
    )
    show_results = models.BooleanField(
        _("publicar finalistas y ganadoras"),
        default=False,
        help_text=_("Actívelo cuando el jurado haya terminado y la selección sea definitiva."),
    )
    agenda = StreamField(AgendaBlock(), blank=True, verbose_name=_("agenda"))
    memoria = RichTextField(_("memoria"), blank=True, features=TEXT)
    memoria_resources = StreamField(
        MemoriaResourcesBlock(), blank=True, verbose_name=_("documentos y enlaces de la memoria")
    )
    review_started_at = models.DateTimeField(_("evaluación iniciada"), null=True, editable=False)
    review_closed_at = models.DateTimeField(_("evaluación cerrada"), null=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("is_online"), FieldPanel("online_url")]),
            ],
            heading=_("Año, fechas y lugar"),
        ),
        FieldPanel("description"),
        FieldPanel("selection_criteria"),
        InlinePanel("categories", label=_("Categorías"), min_num=1),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("call_opens_at"), FieldPanel("call_closes_at")]),
                FieldRowPanel([FieldPanel("vote_opens_at"), FieldPanel("vote_closes_at")]),
                FieldPanel("show_results"),
            ],
            heading=_("Convocatoria, votación y resultados"),
        ),
        InlinePanel("jurors", label=_("Jurado")),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [FieldPanel("memoria"), FieldPanel("memoria_resources")], heading=_("Memoria")
        ),
    ]
    parent_page_types = ["meeting.MeetingIndexPage"]
    subpage_types = []
    template = "meeting/edition_page.html"

    class Meta:
        verbose_name = _("edición del encuentro")
        verbose_name_plural = _("ediciones del encuentro")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("La fecha de cierre no puede ser anterior a la de inicio.")
        if self.call_opens_at and self.call_closes_at and self.call_closes_at <= self.call_opens_at:
            errors["call_closes_at"] = _("La convocatoria debe cerrar después de abrir.")
        if bool(self.vote_opens_at) != bool(self.vote_closes_at):
            errors["vote_closes_at"] = _(
                "Indique la apertura y el cierre de la votación, o ninguno."
            )
        elif self.vote_opens_at and self.vote_closes_at <= self.vote_opens_at:
            errors["vote_closes_at"] = _("La votación debe cerrar después de abrir.")
        elif (
            self.vote_opens_at and self.call_closes_at and self.vote_opens_at < self.call_closes_at
        ):
            errors["vote_opens_at"] = _(
                "La votación del público abre cuando la convocatoria ya cerró: mientras se "
                "reciben postulaciones no hay candidatas para votar."
            )
        if self.show_results:
            refusal = self.results_refusal()
            if refusal:
                errors["show_results"] = refusal
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in REVIEW_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj

    # Public routes: thin, the work is in public_views -------------------------------------

    @path("")
    def edition(self, request):
        return self.render(request)

    @path("postular/", name="nominate")
    def nominate(self, request):
        from ..public_views import nominate_view

        return nominate_view(self, request)

    @path("votar/", name="vote")
    def vote(self, request):
        from ..public_views import vote_view

        return vote_view(self, request)

    def get_context(self, request, *args, **kwargs):
        from ..public_views import edition_context

        context = super().get_context(request, *args, **kwargs)
        context.update(edition_context(self, request))
        return context

    # Windows and phases -------------------------------------------------------------------

    def call_is_open(self, now=None):
        now = now or timezone.now()
        return self.call_opens_at <= now <= self.call_closes_at

    def call_is_upcoming(self, now=None):
        return (now or timezone.now()) < self.call_opens_at

    def vote_is_open(self, now=None):
        now = now or timezone.now()
        return bool(self.vote_opens_at and self.vote_opens_at <= now <= self.vote_closes_at)

    @property
    def review_started(self):
        return self.review_started_at is not None

    @property
    def review_closed(self):
        return self.review_closed_at is not None

    def results_refusal(self, now=None):
        """Why finalists and winners cannot be published yet, or "" when they can.

        Results are final only once the call has closed, the jury has finished and the editors
        named at least one winner; before that the public page would contradict itself.
        """
        from .nominations import Nomination

        if self.call_opens_at and self.call_closes_at and self.call_is_open(now):
            return _("No puede publicar resultados mientras la convocatoria está abierta.")
        if not self.review_closed:
            return _(
                "No puede publicar resultados antes de cerrar la evaluación del jurado "
                "(en el escritorio de evaluación)."
            )
        if not self.pk or not self.nominations.filter(status=Nomination.Status.WINNER).exists():
            return _("No puede publicar resultados sin al menos una práctica ganadora.")
        return ""

    @property
    def phase_label(self):
        """Where the edition stands, derived from its windows and review state."""
        if self.show_results:
            return _("Memoria") if self.event_is_over() else _("Resultados publicados")
        if self.review_closed:
            return _("Deliberación")
        if self.review_started:
            return _("Evaluación del jurado")
        if self.call_is_upcoming() or self.call_is_open():
            return _("Convocatoria abierta") if self.call_is_open() else _("Convocatoria próxima")
        return _("Preselección")

    def event_is_over(self, today=None):
        return self.ends_on < (today or timezone.localdate())

    def criteria_weights(self):
        return {c.pk: c.weight for c in self.criteria.all()}


class EditionCategory(Orderable):
    edition = ParentalKey(EditionPage, on_delete=models.CASCADE, related_name="categories")
    name = models.CharField(_("nombre"), max_length=150)
    capacity_type = models.ForeignKey(
        "reference.CapacityType",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("tipo de capacidad"),
    )

    panels = [FieldPanel("name"), FieldPanel("capacity_type")]

    class Meta(Orderable.Meta):
        verbose_name = _("categoría")
        verbose_name_plural = _("categorías")

    def __str__(self):
        return self.name


class EditionJuror(Orderable):
    edition = ParentalKey(EditionPage, on_delete=models.CASCADE, related_name="jurors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=jury_candidates,
        verbose_name=_("jurado"),
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("integrante del jurado")
        verbose_name_plural = _("jurado")
        constraints = [
            models.UniqueConstraint(fields=["edition", "user"], name="meeting_unique_edition_juror")
        ]

    def __str__(self):
        return self.user.get_full_name() or self.user.username
