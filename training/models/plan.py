"""The training plan page: the course catalogue, its calendar and feeds, and learner actions.

Every learner action (enrol, cancel, mark a lesson done, check in to a session, "Mis cursos") and
the publishers' CSV are routes of the plan (handled in training/views.py), so the whole training
section lives under one URL and one subtree.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField

from core.models import BasePage
from core.routing import route


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

    listing = route("", "training.views.plan_listing", name="listing")
    ical = route("ical/", "training.views.plan_ical", name="ical")
    my_courses = route("mis-cursos/", "training.views.my_courses", name="my_courses")
    enrol = route(
        "convocatorias/<int:cohort_id>/inscribirse/", "training.views.enrol", name="enrol"
    )
    cancel = route(
        "convocatorias/<int:cohort_id>/cancelar/", "training.views.cancel", name="cancel"
    )
    survey = route(
        "convocatorias/<int:cohort_id>/encuesta/", "training.views.survey", name="survey"
    )
    check_in = route(
        "sesiones/<int:session_id>/asistencia/", "training.views.check_in", name="check_in"
    )
    lesson_done = route(
        "lecciones/<int:lesson_id>/completada/", "training.views.lesson_done", name="lesson_done"
    )
