from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Biblioteca"

    def ready(self):
        from core.sections import register_home_section

        # adoption registers its notice kind; signals keep the stored PDFs in step with the pages
        from . import adoption, search, signals  # noqa: F401
        from .sections import latest_library_items, like_mine_section

        register_home_section(like_mine_section)  # a member's own first
        register_home_section(latest_library_items)
        search.register()
        from . import personal_data

        personal_data.register_holding()  # its share of "Mis datos" and account deletion
