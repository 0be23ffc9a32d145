from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeersConfig(AppConfig):
    name = "peers"
    label = "peers"
    verbose_name = _("Colegas que ya lo aplicaron")

    def ready(self):
        from . import asking, personal_data  # noqa: F401 - asking registers its notice kinds

        personal_data.register_holding()  # its share of "Mis datos" and account deletion
