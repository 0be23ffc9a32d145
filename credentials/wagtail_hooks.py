"""Admin: Informes → "Certificados" (per course: holders, CSV, issue by hand, revoke)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from training.permissions import may_read_some_evaluations

from . import admin_views
from .permissions import CURATE_MEETING


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        # Anyone who may edit some course, and the meeting's curators (recognitions).
        user = request.user
        return may_read_some_evaluations(user) or user.has_perm(CURATE_MEETING)


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [
        path("informes/certificados/", admin_views.certificates_report, name="credentials_report"),
        path("informes/certificados/<int:course_id>/", admin_views.course_certificates,
             name="credentials_course"),
        path("informes/certificados/<int:course_id>/certificados.csv",
             admin_views.course_certificates_csv, name="credentials_course_csv"),
        path("informes/certificados/<int:course_id>/expedir/", admin_views.issue_certificate,
             name="credentials_issue"),
        path("informes/certificados/revocar/<int:pk>/", admin_views.revoke_certificate,
             name="credentials_revoke"),
    ]  # fmt: skip


@hooks.register("register_reports_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificados"),
        reverse("credentials_report"),
        name="certificates",
        icon_name="tick-inverse",
        order=175,
    )
