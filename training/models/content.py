"""Course content for virtual study: modules holding lessons, both with rich content."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.models import BasePage
from core.routing import delegate

from ..blocks import LessonBodyBlock


class CourseContentPage(BasePage):
    """What modules and lessons share: a body, a length, and the course they belong to."""

    body = StreamField(LessonBodyBlock(), blank=True, verbose_name=_("contenido"))

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    @staticmethod
    def panels_with(length_field):
        return BasePage.content_panels + [
            FieldPanel("summary"),
            FieldPanel(length_field),
            FieldPanel("body"),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return context | delegate(self, "training.views.content_context", request)

    def course(self):
        from .course import CoursePage

        return CoursePage.objects.ancestor_of(self).order_by("-depth").first()


class CourseModulePage(CourseContentPage):
    hours = models.PositiveSmallIntegerField(_("horas"), null=True, blank=True)

    content_panels = CourseContentPage.panels_with("hours")
    parent_page_types = ["training.CoursePage"]
    subpage_types = ["training.CourseLessonPage"]
    template = "training/course_content_page.html"

    class Meta:
        verbose_name = _("módulo")
        verbose_name_plural = _("módulos")

    def lessons(self):
        return CourseLessonPage.objects.live().public().child_of(self).order_by("path")


class CourseLessonPage(CourseContentPage):
    minutes = models.PositiveSmallIntegerField(_("duración (minutos)"), null=True, blank=True)

    content_panels = CourseContentPage.panels_with("minutes")
    parent_page_types = ["training.CourseModulePage"]
    subpage_types = []
    template = "training/course_content_page.html"

    class Meta:
        verbose_name = _("lección")
        verbose_name_plural = _("lecciones")
