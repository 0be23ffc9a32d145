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
        from . import personal_data

        personal_data.register_holding()  # its share of "Mis datos" and account deletion
