from django.apps import AppConfig


class ReferenceConfig(AppConfig):
    name = "reference"
    label = "reference"
    verbose_name = "Datos de referencia"
