"""`manage.py import_divipola FILE.csv [--vigencia 2026]`: load or refresh municipalities from
DANE's DIVIPOLA CSV, keeping each year's category and MDM group."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reference.divipola import DivipolaError, import_municipalities

DATA = Path(__file__).resolve().parents[2] / "data"
DEMO_FILE = DATA / "divipola_demo.csv"


class Command(BaseCommand):
    help = (
        "Importa los municipios desde el CSV público DIVIPOLA del DANE (crea o actualiza) y "
        "guarda la categoría y el grupo MDM de cada vigencia."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default=str(DEMO_FILE),
            help="Ruta del CSV DIVIPOLA (por defecto, la muestra con categorías y grupos MDM).",
        )
        parser.add_argument(
            "--vigencia",
            type=int,
            default=None,
            help="Año de la categoría y el grupo MDM del archivo, si no trae columna «vigencia» "
            "(por defecto, el año en curso).",
        )

    def handle(self, *args, path, vigencia, **options):
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"No se pudo abrir «{path}»: {error.strerror}.") from error
        try:
            summary = import_municipalities(raw, year=vigencia)
        except DivipolaError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Municipios creados: {summary.created}; actualizados: {summary.updated}; "
                f"departamentos nuevos: {summary.departments_created}; "
                f"clasificaciones anuales guardadas: {summary.years_recorded}."
            )
        )
