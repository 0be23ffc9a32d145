"""`manage.py send_course_surveys`: ask the members of cohorts that ended to answer the course's
satisfaction survey (run daily by cron, next to `send_digests`).

Each seat is asked once, however often the command runs; the notices follow each member's e-mail
preference, and their e-mails are queued for the task worker (`manage.py db_worker`).
"""

from django.core.management.base import BaseCommand

from training.surveys import send_surveys


class Command(BaseCommand):
    help = "Envía la encuesta de satisfacción a quienes terminaron una convocatoria."

    def handle(self, *args, **options):
        count = send_surveys()
        self.stdout.write(f"Encuestas enviadas: {count}")
