"""Admin integration: the "Tablero de demanda" menu item and pages, and its permission listed
in Settings › Groups."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.roles import permission_named

from . import admin_views
from .permissions import VIEW_DASHBOARD, can_view_dashboard


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_dashboard(request.user)


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [
        path("tablero/", admin_views.dashboard, name="dashboard"),
        path("tablero/<slug:slug>.csv", admin_views.figure_csv, name="dashboard_csv"),
    ]


@hooks.register("register_permissions")
def register_dashboard_permission():
    return Permission.objects.filter(permission_named(VIEW_DASHBOARD))


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        _("Tablero de demanda"),
        reverse("dashboard"),
        name="demand-dashboard",
        icon_name="table",
        order=250,
    )
