from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = "Formación"

    def ready(self):
        from core.sections import register_home_section

        from . import search, signals  # noqa: F401 - connects the receivers
        from .sections import upcoming_cohorts

        register_home_section(upcoming_cohorts)
        search.register()
