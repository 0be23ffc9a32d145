"""`manage.py send_jury_reminders`: daily (cron), reminds jurors of unsent evaluations in the days
before their edition's scoring deadline; each assignment is reminded once, however often it runs.
"""

from django.core.management.base import BaseCommand

from meeting.notices import send_jury_reminders


class Command(BaseCommand):
    help = "Recuerda a los jurados las evaluaciones pendientes antes de la fecha límite."

    def handle(self, *args, **options):
        count = send_jury_reminders()
        self.stdout.write(f"Recordatorios enviados: {count}")
