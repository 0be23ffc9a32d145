"""A course of the plan: what it teaches, to whom, who offers it, and how it is organised."""

from datetime import timedelta

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.models import BasePage
from core.routing import route

from .cohorts import Cohort

SHORT_TEXT = ["bold", "italic", "ul", "ol", "link"]


class CourseQuerySet(PageQuerySet):
    def for_cards(self):
        """Everything a catalogue card shows, in a fixed number of queries."""
        return self.select_related("entity").prefetch_related(
            "capacity_levels",
            "capacity_types",
            models.Prefetch(
                "cohorts",
                queryset=Cohort.objects.upcoming()
                .with_counts()
                .select_related("municipality__department"),
                to_attr="upcoming_cohorts",
            ),
        )


class CoursePage(RoutablePageMixin, BasePage):
    class Modality(models.TextChoices):
        IN_PERSON = "presencial", _("Presencial")
        VIRTUAL = "virtual", _("Virtual")
        HYBRID = "hibrida", _("Híbrida")

    code = models.CharField(_("código"), max_length=20, help_text=_("Por ejemplo: ESAP-GPT-01."))
    learning_outcomes = RichTextField(_("resultados de aprendizaje"), features=SHORT_TEXT)
    entity = models.ForeignKey(
        "reference.Entity",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("entidad oferente"),
    )
    modality = models.CharField(_("modalidad"), max_length=12, choices=Modality.choices)
    duration_hours = models.PositiveSmallIntegerField(_("duración (horas)"))
    capacity_levels = ParentalManyToManyField(
        "reference.CapacityLevel", blank=True, verbose_name=_("niveles de capacidad")
    )
    capacity_types = ParentalManyToManyField(
        "reference.CapacityType", blank=True, verbose_name=_("tipos de capacidad")
    )
    sectors = ParentalManyToManyField("reference.Sector", blank=True, verbose_name=_("sectores"))
    target_groups = models.TextField(
        _("grupos de valor"), blank=True, help_text=_("A quién va dirigido; uno por línea.")
    )
    prerequisites = ParentalManyToManyField(
        "self", symmetrical=False, blank=True, verbose_name=_("cursos previos recomendados")
    )
    certificate = models.BooleanField(_("otorga certificado"), default=False)
    # Completion rules ("Certificación"): what an enrolled member must do to pass the course.
    completion_lessons_percent = models.PositiveSmallIntegerField(
        _("lecciones completadas (%)"),
        default=100,
        validators=[MaxValueValidator(100)],
        help_text=_("Parte de las lecciones del curso que se debe completar; 0 si no cuenta."),
    )
    completion_requires_survey = models.BooleanField(
        _("exige responder la encuesta final"), default=False
    )
    completion_min_sessions = models.PositiveSmallIntegerField(
        _("sesiones presenciales mínimas"),
        default=0,
        help_text=_(
            "Asistencias exigidas en las convocatorias presenciales o híbridas; "
            "no se exigen en las que son solo en línea."
        ),
    )
    completion_requires_final_activity = models.BooleanField(
        _("exige una actividad final"),
        default=False,
        help_text=_("Quien publica la marca como aprobada en la lista de la convocatoria."),
    )
    related_library_pages = ParentalManyToManyField(
        "knowledge.KnowledgePage",
        blank=True,
        related_name="+",
        verbose_name=_("guías y prácticas relacionadas"),
    )

    objects = PageManager.from_queryset(CourseQuerySet)()

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("code"), FieldPanel("entity")]),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldRowPanel([FieldPanel("modality"), FieldPanel("duration_hours")]),
        MultiFieldPanel(
            [
                FieldPanel("certificate"),
                FieldRowPanel(
                    [
                        FieldPanel("completion_lessons_percent"),
                        FieldPanel("completion_min_sessions"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("completion_requires_survey"),
                        FieldPanel("completion_requires_final_activity"),
                    ]
                ),
            ],
            heading=_("Certificación"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity_levels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("capacity_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors"),
                FieldPanel("target_groups"),
            ],
            heading=_("Clasificación y público"),
        ),
        MultiFieldPanel(
            [FieldPanel("prerequisites"), FieldPanel("related_library_pages")],
            heading=_("Relaciones"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("code"),
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("target_groups"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
    ]
    parent_page_types = ["training.TrainingPlanPage"]
    subpage_types = ["training.CourseModulePage"]
    template = "training/course_page.html"

    class Meta:
        verbose_name = _("curso")
        verbose_name_plural = _("cursos")

    def __str__(self):
        return f"{self.code} · {self.title}" if self.code else self.title

    @property
    def hours(self):
        """The course's "intensidad horaria", as certificates state it."""
        return self.duration_hours

    @property
    def target_group_list(self):
        return [line.strip() for line in self.target_groups.splitlines() if line.strip()]

    def plan(self):
        from .plan import TrainingPlanPage

        return TrainingPlanPage.objects.ancestor_of(self).order_by("-depth").first()

    def modules(self):
        from .content import CourseModulePage

        return CourseModulePage.objects.live().public().child_of(self).order_by("path")

    def lessons(self):
        from .content import CourseLessonPage

        return CourseLessonPage.objects.live().public().descendant_of(self).order_by("path")

    def visible_cohorts(self):
        """Cohorts still worth showing: not ended more than a year ago, soonest first."""
        year_ago = timezone.localdate() - timedelta(days=365)
        return (
            self.cohorts.filter(end_date__gte=year_ago)
            .with_counts()
            .select_related("municipality__department")
            .order_by("start_date", "pk")
        )

    detail = route("", "training.views.course_detail", name="detail")
    interest = route("avisenme/", "training.views.course_interest", name="interest")
    ical = route("ical/", "training.views.course_ical", name="ical")
