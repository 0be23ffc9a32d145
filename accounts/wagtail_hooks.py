"""Admin hooks of the accounts app: "Desbloquear ingreso" for each user in Usuarios; "Ayuda"
leads to Red ATT's own guide for staff, in Spanish, instead of Wagtail's English pages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button

from . import admin_views


@hooks.register("register_admin_urls")
def register_unlock_url():
    return [
        path("cuentas/<int:user_id>/desbloquear/", admin_views.unlock, name="accounts_unlock"),
    ]


@hooks.register("register_user_listing_buttons")
def unlock_button(user, request_user):
    if not request_user.has_perm(admin_views.UNLOCK_PERMISSION):
        return []
    return [
        Button(
            _("Desbloquear ingreso"),
            reverse("accounts_unlock", args=[user.pk]),
            icon_name="lock-open",
            priority=60,
        )
    ]


class StaffHelpView(WagtailAdminTemplateMixin, TemplateView):
    """How Red ATT's admin is used, role by role: for everyone the admin lets in."""

    template_name = "accounts/admin/help.html"
    page_title = _("Ayuda para el equipo de Red ATT")
    header_icon = "help"


@hooks.register("register_admin_urls")
def register_help_url():
    return [path("ayuda/", StaffHelpView.as_view(), name="redatt_help")]


# Wagtail's help entries that open its English site (its editor guide, what is new in a version).
WAGTAIL_HELP_LINKS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("register_help_menu_item")
def register_help_menu_item():
    return MenuItem(
        _("Guía de Red ATT"), reverse("redatt_help"), name="redatt-help", icon_name="help", order=1
    )


@hooks.register("construct_help_menu")
def leave_out_wagtails_english_guides(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_LINKS)]
