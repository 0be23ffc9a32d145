"""`manage.py send_event_reminders`: hourly or daily (cron), reminds each member of an event they
will attend in the next 24 hours; each is reminded once, however often it runs."""

from django.core.management.base import BaseCommand

from events.notices import send_event_reminders


class Command(BaseCommand):
    help = "Recuerda a quienes confirmaron asistencia los eventos del día siguiente."

    def handle(self, *args, **options):
        count = send_event_reminders()
        self.stdout.write(f"Recordatorios enviados: {count}")
