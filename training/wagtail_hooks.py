"""Admin: cohorts (convocatorias) as a model viewset, with their sessions, each cohort's enrolment
CSV and its list for attendance and the final activity, and the course evaluations' results
(Informes → "Encuestas de cursos")."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .exports import stream_enrolments
from .models import Cohort
from .permissions import may_read_some_evaluations


def csv_link(cohort):
    url = reverse("training_enrolment_csv", args=[cohort.pk])
    return format_html('<a href="{}" download>{}</a>', url, _("Descargar CSV"))


def survey_link(cohort):
    """The anonymous results of an ended cohort's survey, on its course's report."""
    if cohort.end_date >= timezone.localdate() or cohort.status == Cohort.Status.CANCELLED:
        return ""
    url = reverse("training_evaluation_detail", args=[cohort.course_id])
    return format_html('<a href="{}#convocatoria-{}">{}</a>', url, cohort.pk, _("Ver resultados"))


def roster_link(cohort):
    """Attendance to each session and the final activity, for publishers on a phone."""
    url = reverse("training_cohort_roster", args=[cohort.pk])
    return format_html('<a href="{}">{}</a>', url, _("Asistencia"))


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "date"
    menu_label = _("Convocatorias")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = True
    panels = [
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
        FieldRowPanel([FieldPanel("online"), FieldPanel("municipality")]),
        FieldRowPanel([FieldPanel("seats"), FieldPanel("status")]),
        InlinePanel("sessions", heading=_("Sesiones"), label=_("Sesión")),
    ]
    list_display = [
        "course", "start_date", Column("place", label=_("Lugar")), "seats", "status",
        Column("enrolments", label=_("Inscritos"), accessor=csv_link),
        Column("survey", label=_("Encuesta"), accessor=survey_link),
        Column("roster", label=_("Asistencia"), accessor=roster_link),
    ]  # fmt: skip
    list_filter = ["status", "online"]
    search_fields = ["course__title", "course__code"]

    def get_queryset(self, request):
        return Cohort.objects.select_related("course", "municipality__department")


@permission_required("training.view_enrollment", raise_exception=True)
def enrolment_csv(request, pk):
    """Publishers' download of who enrolled in a cohort (seat or waiting list)."""
    return stream_enrolments(get_object_or_404(Cohort.objects.select_related("course"), pk=pk))


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return CohortViewSet("convocatorias")


@hooks.register("register_admin_urls")
def register_enrolment_csv_url():
    return [
        path("convocatorias/<int:pk>/inscritos.csv", enrolment_csv, name="training_enrolment_csv")
    ]


@hooks.register("register_admin_urls")
def register_attendance_urls():
    return [
        path("convocatorias/<int:cohort_id>/lista/", admin_views.cohort_roster,
             name="training_cohort_roster"),
        path("convocatorias/sesiones/<int:session_id>/asistencia/", admin_views.session_attendance,
             name="training_session_attendance"),
        path("convocatorias/sesiones/<int:session_id>/codigo/", admin_views.session_code,
             name="training_session_code"),
    ]  # fmt: skip


class EvaluationsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_some_evaluations(request.user)


@hooks.register("register_admin_urls")
def register_evaluation_urls():
    return [
        path("informes/encuestas-de-cursos/", admin_views.evaluations_report,
             name="training_evaluations_report"),
        path("informes/encuestas-de-cursos/<int:course_id>/", admin_views.evaluation_detail,
             name="training_evaluation_detail"),
    ]  # fmt: skip


@hooks.register("register_reports_menu_item")
def register_evaluations_menu_item():
    return EvaluationsMenuItem(
        _("Encuestas de cursos"),
        reverse("training_evaluations_report"),
        name="course-evaluations",
        icon_name="list-ul",
        order=170,
    )
