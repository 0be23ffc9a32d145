"""Admin hooks of the accounts app: "Desbloquear ingreso" for each user in Usuarios."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
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
