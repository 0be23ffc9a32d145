from django.apps import AppConfig


class ReferenceConfig(AppConfig):
    name = "siteconf.reference"
    label = "reference"
    verbose_name = "Datos de referencia"
