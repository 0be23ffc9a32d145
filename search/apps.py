from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Búsqueda"

    def ready(self):
        from . import signals  # noqa: F401 - connects the index-keeping receivers
        from .documents import register_pages

        register_pages()
