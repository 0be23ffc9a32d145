from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Búsqueda"

    def ready(self):
        from . import personal_data, signals  # noqa: F401 - signals: the index-keeping receivers
        from .documents import register_pages

        register_pages()
        personal_data.register_holding()  # its share of account deletion
