from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = "Comunidad"

    def ready(self):
        from core.sections import register_home_section

        from . import search, signals  # noqa: F401 - connects the receivers
        from .sections import active_threads

        register_home_section(active_threads)
        search.register()
        from . import personal_data

        personal_data.register_holding()  # its share of "Mis datos" and account deletion
