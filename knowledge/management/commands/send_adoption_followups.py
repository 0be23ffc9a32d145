"""`manage.py send_adoption_followups`: ask members how applying a guide or practice went, six
months after they recorded it (run daily by cron, next to `send_digests`).

Each adoption is asked once, however often the command runs; the notices follow each member's
e-mail preference, and their e-mails are queued for the task worker (`manage.py db_worker`).
"""

from django.core.management.base import BaseCommand

from knowledge.adoption import send_follow_ups


class Command(BaseCommand):
    help = "Pregunta cómo les fue a quienes registraron hace seis meses que aplican un recurso."

    def handle(self, *args, **options):
        count = send_follow_ups()
        self.stdout.write(f"Seguimientos enviados: {count}")
