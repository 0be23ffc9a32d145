"""The meeting's pages: the archive of editions (index) and one edition per year.

An edition walks through one stored phase (call → screening → jury review → deliberation →
results → memoria), the single source of truth every guard reads. The phase is moved only by the
editors' desk (`phases.advance`), never through the page editor; `with_content_json` keeps it when
an older revision is published.
"""

from modelcluster.fields import ParentalKey

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from core.models import BasePage
from core.routing import delegate, route

from ..blocks import AgendaBlock, MemoriaResourcesBlock
from ..permissions import jury_candidates

TEXT = ["h2", "h3", "bold", "italic", "ul", "ol", "link"]
WORKFLOW_FIELDS = ("phase",)


class Phase(models.TextChoices):
    CALL = "convocatoria", _("Convocatoria")
    SCREENING = "revision_requisitos", _("Revisión de requisitos")
    REVIEW = "evaluacion", _("Evaluación del jurado")
    DELIBERATION = "deliberacion", _("Deliberación")
    RESULTS = "resultados", _("Resultados publicados")
    MEMORIA = "memoria", _("Memoria")


PHASES = list(Phase)
VOTE_PHASES = [
    (Phase.REVIEW.value, _("Durante la evaluación del jurado")),
    (Phase.DELIBERATION.value, _("Durante la deliberación")),
]


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
    vote_phase = models.CharField(
        _("fase de la votación del público"),
        max_length=20,
        choices=VOTE_PHASES,
        default=Phase.DELIBERATION,
        help_text=_("La votación solo abre en esta fase y dentro de sus fechas."),
    )
    review_deadline = models.DateField(
        _("el jurado califica hasta"),
        null=True,
        blank=True,
        help_text=_("Los jurados reciben un recordatorio unos días antes."),
    )
    blind_review = models.BooleanField(
        _("evaluación ciega"),
        default=False,
        help_text=_(
            "El jurado ve cada práctica sin su entidad, municipios, departamentos ni nombres de"
            " personas. No se puede cambiar una vez iniciada la evaluación."
        ),
    )
    agenda = StreamField(AgendaBlock(), blank=True, verbose_name=_("agenda"))
    memoria = RichTextField(_("memoria"), blank=True, features=TEXT)
    memoria_resources = StreamField(
        MemoriaResourcesBlock(), blank=True, verbose_name=_("documentos y enlaces de la memoria")
    )
    phase = models.CharField(
        _("fase"), max_length=20, choices=Phase.choices, default=Phase.CALL, editable=False
    )

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
                FieldPanel("vote_phase"),
            ],
            heading=_("Convocatoria y votación del público"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_deadline"),
                FieldPanel("blind_review"),
                InlinePanel("jurors", label=_("Jurado")),
            ],
            heading=_("Jurado"),
        ),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [FieldPanel("memoria"), FieldPanel("memoria_resources")], heading=_("Memoria")
        ),
    ]
    parent_page_types = ["meeting.MeetingIndexPage"]
    subpage_types = []
    template = "meeting/edition_page.html"
    # Open data: nominations and results only once published, and only their public fields.
    api_fields = [
        APIField(name)
        for name in (
            "year", "starts_on", "ends_on", "place", "is_online", "phase", "nominations_api",
            "results_api",
        )
    ]  # fmt: skip

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
        if self.pk and self._blind_review_changed() and self.review_started:
            errors["blind_review"] = _(
                "La evaluación ya empezó: cambiar la evaluación ciega ahora revelaría o"
                " escondería identidades a mitad de camino."
            )
        if errors:
            raise ValidationError(errors)

    def _blind_review_changed(self):
        stored = type(self).objects.filter(pk=self.pk).values_list("blind_review", flat=True)
        return stored.first() not in (None, self.blind_review)

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in WORKFLOW_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj

    # Public routes: thin, the work is in meeting/views.py ---------------------------------

    nominate = route("postular/", "meeting.views.nominate", name="nominate")
    vote = route("votar/", "meeting.views.vote", name="vote")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return context | delegate(self, "meeting.views.edition_context", request)

    # Phases and windows: every rule reads `phase`; dates only narrow a phase's window ----

    Phase = Phase

    def reached(self, phase):
        """True once the edition is in `phase` or a later one."""
        return PHASES.index(self.phase) >= PHASES.index(phase)

    def next_phase(self):
        position = PHASES.index(self.phase)
        return PHASES[position + 1] if position + 1 < len(PHASES) else None

    def call_is_open(self, now=None):
        now = now or timezone.now()
        return self.phase == Phase.CALL and self.call_opens_at <= now <= self.call_closes_at

    def call_is_upcoming(self, now=None):
        return self.phase == Phase.CALL and (now or timezone.now()) < self.call_opens_at

    def vote_is_open(self, now=None):
        now = now or timezone.now()
        return bool(
            self.phase == self.vote_phase
            and self.vote_opens_at
            and self.vote_opens_at <= now <= self.vote_closes_at
        )

    @property
    def review_started(self):
        """The rubric is frozen from the jury review on."""
        return self.reached(Phase.REVIEW)

    @property
    def review_closed(self):
        return self.reached(Phase.DELIBERATION)

    @property
    def results_published(self):
        return self.reached(Phase.RESULTS)

    @property
    def phase_label(self):
        if self.call_is_upcoming():
            return _("Convocatoria próxima")
        return self.get_phase_display()

    # Open data (API v2) ------------------------------------------------------------------

    def _public_nominations(self, statuses=None):
        from .nominations import Nomination

        if not self.results_published:
            return []
        nominations = self.nominations.filter(
            eligibility=Nomination.Eligibility.ELIGIBLE, practice__live=True
        ).select_related("practice__entity", "category")
        if statuses:
            nominations = nominations.filter(status__in=statuses)
        return [
            {
                "practice_id": n.practice_id,
                "practice": n.practice.title,
                "entity": n.practice.entity.name if n.practice.entity else "",
                "category": n.category.name,
                "status": n.status if n.status in Nomination.HONOURED else "",
            }
            for n in nominations.order_by("category__sort_order", "practice__title")
        ]

    @property
    def nominations_api(self):
        """The nominations in the running (screened in), once the results are published."""
        return self._public_nominations()

    @property
    def results_api(self):
        from .nominations import Nomination

        if not self.results_published:
            return None
        honoured = self._public_nominations(Nomination.HONOURED)
        return {
            "winners": [n for n in honoured if n["status"] == Nomination.Status.WINNER],
            "finalists": [n for n in honoured if n["status"] == Nomination.Status.FINALIST],
            "jury": [{"name": name, "entity": entity} for name, entity in self.public_jury()],
        }

    def public_jury(self):
        """[(name, entity name or "")] once the results are published: until then the jury stays
        anonymous, as national awards keep it until the ceremony."""
        if not self.results_published:
            return []
        members = self.jurors.select_related("user__profile__entity")
        return [(str(member), entity_name(member.user)) for member in members]

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


def entity_name(user):
    profile = getattr(user, "profile", None)  # a missing profile raises an AttributeError
    return profile.entity.name if profile and profile.entity else ""
