from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "core"
    label = "home"
    verbose_name = "Inicio"

    def ready(self):
        from core import links

        links.connect_signals()
