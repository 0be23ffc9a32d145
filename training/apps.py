from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = "Formación"

    def ready(self):
        from core.sections import register_home_section

        # signals connects the receivers; notices and surveys register their notice kinds.
        from . import notices, search, signals, surveys  # noqa: F401
        from .sections import upcoming_cohorts

        register_home_section(upcoming_cohorts)
        search.register()
