from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "siteconf.home"
    label = "home"
    verbose_name = "Inicio"
