from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Biblioteca"

    def ready(self):
        from core.sections import register_home_section

        from . import adoption, search  # noqa: F401 - adoption registers its notice kind
        from .sections import latest_library_items, like_mine_section

        register_home_section(like_mine_section)  # a member's own first
        register_home_section(latest_library_items)
        search.register()
        from . import personal_data

        personal_data.register_holding()  # its share of "Mis datos" and account deletion
