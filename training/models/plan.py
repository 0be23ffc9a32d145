"""The training plan page: the course catalogue, its calendar and feeds, and learner actions.

Every learner action (enrol, cancel, mark a lesson done, "Mis cursos") and the publishers' CSV
are routes of the plan, so the whole training section lives under one URL and one subtree.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from core.models import BasePage
from knowledge.filters import listing_context

from .. import views
from ..calendar import ical_response
from ..filters import CatalogueFilter, matching_cohorts

PER_PAGE = 12
CALENDAR_SIZE = 24


class TrainingPlanPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introducción"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.CoursePage"]
    template = "training/training_plan_page.html"

    class Meta:
        verbose_name = _("plan de formación")
        verbose_name_plural = _("planes de formación")
        # Roles, granted to groups (migration 0003) and checked in training/permissions.py.
        permissions = [
            ("publish_training", _("Puede editar y publicar en los planes de formación")),
            ("review_training", _("Puede aprobar los cambios de formación en revisión")),
        ]

    def courses(self):
        """Live, public courses of this plan, ready for cards (no N+1)."""
        from .course import CoursePage

        return CoursePage.objects.live().public().descendant_of(self).for_cards()

    def filtered(self, request):
        return CatalogueFilter(self.courses(), request.GET)

    @path("")
    def listing(self, request):
        catalogue = self.filtered(request)
        context = listing_context(catalogue, request, PER_PAGE)
        context["upcoming"] = list(matching_cohorts(catalogue).upcoming()[:CALENDAR_SIZE])
        return self.render(request, context_overrides=context)

    @path("ical/", name="ical")
    def ical(self, request):
        cohorts = matching_cohorts(self.filtered(request))
        return ical_response(cohorts, self.title, request)

    @path("mis-cursos/", name="my_courses")
    def my_courses(self, request):
        return views.my_courses(self, request)

    @path("convocatorias/<int:cohort_id>/inscribirse/", name="enrol")
    def enrol(self, request, cohort_id):
        return views.enrol(self, request, cohort_id)

    @path("convocatorias/<int:cohort_id>/cancelar/", name="cancel")
    def cancel(self, request, cohort_id):
        return views.cancel(self, request, cohort_id)

    @path("convocatorias/<int:cohort_id>/encuesta/", name="survey")
    def survey(self, request, cohort_id):
        return views.survey(self, request, cohort_id)

    @path("lecciones/<int:lesson_id>/completada/", name="lesson_done")
    def lesson_done(self, request, lesson_id):
        return views.lesson_done(self, request, lesson_id)
