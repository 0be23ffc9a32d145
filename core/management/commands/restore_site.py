"""`manage.py restore_site`: the latest backup in BACKUP_DIR (or the files named) back onto this
machine, and the search index rebuilt (core/backup.py). It replaces what is here."""

from django.core.management.base import BaseCommand, CommandError

from core.backup import restore


def confirmed():
    answer = input("Esto reemplaza la base de datos y los archivos de este equipo. ¿Seguir? [s/N] ")
    return answer.strip().lower().startswith("s")


class Command(BaseCommand):
    help = "Restaura la base de datos y los archivos desde la última copia y reconstruye el índice."

    def add_arguments(self, parser):
        parser.add_argument("--base-de-datos", dest="database_file", help="archivo de la copia")
        parser.add_argument("--archivos", dest="media_file", help="archivo de la copia")
        parser.add_argument(
            "--noinput", action="store_false", dest="interactive", help="sin confirmar"
        )

    def handle(self, database_file=None, media_file=None, interactive=True, **options):
        if interactive and not confirmed():
            raise CommandError("Restauración cancelada: no se cambió nada.")
        restored = restore(self.stdout, database_file, media_file)
        self.stdout.write(self.style.SUCCESS("Restaurado desde {} y {}".format(*restored)))
