from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    label = "events"
    verbose_name = _("Eventos")

    def ready(self):
        from core.sections import register_home_section

        from . import notices, personal_data  # noqa: F401 - notices registers its kind, receiver
        from .sections import upcoming_events

        register_home_section(upcoming_events)
        personal_data.register_holding()  # its share of "Mis datos" and account deletion
