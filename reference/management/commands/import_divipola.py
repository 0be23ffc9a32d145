"""`manage.py import_divipola FILE.csv`: load or refresh municipalities from DANE's DIVIPOLA CSV."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reference.divipola import DivipolaError, import_municipalities

DEMO_FILE = Path(__file__).resolve().parents[2] / "data" / "divipola_demo.csv"


class Command(BaseCommand):
    help = "Importa los municipios desde el CSV público DIVIPOLA del DANE (crea o actualiza)."

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default=str(DEMO_FILE),
            help="Ruta del CSV DIVIPOLA (por defecto, la muestra incluida en el proyecto).",
        )

    def handle(self, *args, path, **options):
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"No se pudo abrir «{path}»: {error.strerror}.") from error
        try:
            summary = import_municipalities(raw)
        except DivipolaError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Municipios creados: {summary.created}; actualizados: {summary.updated}; "
                f"departamentos nuevos: {summary.departments_created}."
            )
        )
