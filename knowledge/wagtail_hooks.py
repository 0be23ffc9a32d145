"""Admin integration: the stale-guides report (Reports menu and dashboard panel) and the
"¿Le sirvió?" report (Reports menu, for holders of `knowledge.view_usefulness`)."""

from django.contrib.auth.models import Permission
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from accounts.roles import permission_named

from . import admin_views
from .permissions import VIEW_USEFULNESS, can_read_usefulness_details
from .reports import StaleGuidesReportView, stale_guides


def can_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["change", "publish"])


class StaleGuidesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_edit_pages(request.user)


@hooks.register("register_admin_urls")
def register_stale_guides_urls():
    return [
        path("informes/guias-por-revisar/", StaleGuidesReportView.as_view(),
             name="knowledge_stale_guides"),
        path("informes/guias-por-revisar/resultados/",
             StaleGuidesReportView.as_view(results_only=True),
             name="knowledge_stale_guides_results"),
    ]  # fmt: skip


@hooks.register("register_reports_menu_item")
def register_stale_guides_menu_item():
    return StaleGuidesMenuItem(
        _("Guías por revisar"),
        reverse("knowledge_stale_guides"),
        name="stale-guides",
        icon_name="warning",
        order=150,
    )


class StaleGuidesPanel(Component):
    name = "stale_guides"
    order = 50

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        guides = stale_guides(self.user)
        count = guides.count()
        if not count:
            return ""
        return render_to_string(
            "knowledge/admin/stale_guides_panel.html",
            {"guides": guides[:5], "count": count},
        )


@hooks.register("construct_homepage_panels")
def add_stale_guides_panel(request, panels):
    if can_edit_pages(request.user):
        panels.append(StaleGuidesPanel(request.user))


class UsefulnessMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_usefulness_details(request.user)


@hooks.register("register_admin_urls")
def register_usefulness_urls():
    return [
        path("informes/le-sirvio/", admin_views.usefulness_report,
             name="knowledge_usefulness_report"),
        path("informes/le-sirvio/<int:page_id>/", admin_views.usefulness_detail,
             name="knowledge_usefulness_detail"),
    ]  # fmt: skip


@hooks.register("register_permissions")
def register_usefulness_permission():
    """Listed in Settings › Groups, so admins can give the details to any group."""
    return Permission.objects.filter(permission_named(VIEW_USEFULNESS))


@hooks.register("register_reports_menu_item")
def register_usefulness_menu_item():
    return UsefulnessMenuItem(
        _("¿Le sirvió?"),
        reverse("knowledge_usefulness_report"),
        name="usefulness",
        icon_name="help",
        order=155,
    )
