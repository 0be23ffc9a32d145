"""Admin: Informes → "Preguntas reportadas", for those who may moderate questions between
colleagues."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .permissions import can_moderate


class ReportedMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


@hooks.register("register_admin_urls")
def register_peer_urls():
    return [
        path("informes/preguntas-reportadas/", admin_views.reported, name="peers_reported"),
        path("informes/preguntas-reportadas/<int:pk>/", admin_views.act, name="peers_act"),
    ]


@hooks.register("register_reports_menu_item")
def register_reported_menu_item():
    return ReportedMenuItem(
        _("Preguntas reportadas"), reverse("peers_reported"), name="peer-questions",
        icon_name="warning", order=185,
    )  # fmt: skip
