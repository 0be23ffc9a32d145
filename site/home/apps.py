from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "siteconf.home"
    label = "home"
    verbose_name = "Inicio"

    def ready(self):
        from siteconf import links

        links.connect_signals()
