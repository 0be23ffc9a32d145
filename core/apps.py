from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "core"
    label = "home"
    verbose_name = "Inicio"

    def ready(self):
        from core import links, request_id

        links.connect_signals()
        request_id.connect_signals()  # a request's id follows the tasks it queues
