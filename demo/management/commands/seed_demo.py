"""`manage.py seed_demo`: realistic demo content drawn from the CONPES ATT policy text.

Idempotent: safe to run again. `--if-empty` does nothing when content already exists, which is
how `make run` calls it. Demo accounts are created only when settings.DEMO_MODE is on.
"""

import importlib
import logging

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.accounts import demo_accounts_allowed, describe_accounts

# Order matters: the library first, as the others link to it; search last, as it indexes what the
# others made. Areas are created in the order the main menu shows them. Each is the app whose
# content `demo.<app>` seeds, skipped (and its module not imported) when the app is not installed.
SEEDERS = [
    "core",
    "accounts",
    "knowledge",
    "training",
    "community",
    "meeting",
    "events",
    "credentials",
    "peers",
    "search",
]


class Log:
    def __init__(self, command):
        self.command = command
        self.stream = command.stdout

    def step(self, message):
        self.command.stdout.write(f"  · {message}")


def installed_seeders():
    """Each installed area's `demo.<area>.seed`, in dependency order."""
    installed = {config.name for config in apps.get_app_configs()}
    for module_name in SEEDERS:
        if module_name in installed:
            module = importlib.import_module(f"demo.{module_name}")
            yield module_name, module.seed


def database_has_content():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.exists()


class Command(BaseCommand):
    help = "Crea contenido de demostración realista (idempotente)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="No hace nada si la base de datos ya tiene usuarios.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and database_has_content():
            self.stdout.write("La base de datos ya tiene contenido; no se cargó la demostración.")
        else:
            log = Log(self)
            # Wagtail logs every page it creates; the command's own progress lines are enough.
            logging.getLogger("wagtail").setLevel(logging.WARNING)
            for name, seed in installed_seeders():
                self.stdout.write(f"Demostración: {name}")
                with transaction.atomic():
                    seed(log)
            self.stdout.write(self.style.SUCCESS("Contenido de demostración listo."))
        if demo_accounts_allowed():
            self.stdout.write("\nCuentas de demostración:\n" + describe_accounts())
