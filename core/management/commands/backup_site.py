"""`manage.py backup_site`: the database and the uploads into BACKUP_DIR (core/backup.py)."""

from django.core.management.base import BaseCommand

from core.backup import back_up


class Command(BaseCommand):
    help = "Copia la base de datos y los archivos subidos en BACKUP_DIR."

    def handle(self, **options):
        database_file, media_file = back_up(self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Copia hecha: {database_file} y {media_file}"))
