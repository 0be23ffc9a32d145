from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmbedsConfig(AppConfig):
    name = "embeds"
    label = "embeds"
    verbose_name = _("Listas para insertar en otros sitios")
