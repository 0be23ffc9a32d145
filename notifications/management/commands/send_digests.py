"""`manage.py send_digests`: the daily summary email for members who chose it (run by cron).

It queues the e-mails; the task worker (`manage.py db_worker`) sends them, retrying failures.
"""

from django.core.management.base import BaseCommand

from notifications.notify import send_digests


class Command(BaseCommand):
    help = "Envía el resumen diario de avisos de la comunidad."

    def handle(self, *args, **options):
        count = send_digests()
        self.stdout.write(f"Resúmenes en cola de envío: {count}")
