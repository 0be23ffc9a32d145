from django.apps import AppConfig


class MeetingConfig(AppConfig):
    name = "meeting"
    label = "meeting"
    verbose_name = "Encuentro anual de buenas prácticas"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.sections import register_home_section

        from . import notices, search  # noqa: F401 - notices registers its notice kinds
        from .sections import current_edition_section

        register_home_section(current_edition_section)
        search.register()
        from . import personal_data

        personal_data.register_holding()  # its share of "Mis datos" and account deletion
