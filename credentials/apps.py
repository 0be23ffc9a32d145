from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CredentialsConfig(AppConfig):
    name = "credentials"
    label = "credentials"
    verbose_name = _("Certificados")

    def ready(self):
        from . import personal_data, signals  # noqa: F401  (signals: receivers connect on import)

        personal_data.register_holding()
