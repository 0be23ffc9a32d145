"""`manage.py send_course_openings`: tell the members who asked "avísenme" that a course now has a
cohort taking enrolments (run daily by cron, next to `send_course_surveys`).

A cohort saved already open announces itself at once; this catches cohorts whose enrolment date
arrives later. Each member is told once: the course's list is cleared as they are told.
"""

from django.core.management.base import BaseCommand

from training.interest import notify_opened_courses


class Command(BaseCommand):
    help = "Avisa a quienes lo pidieron que un curso abrió inscripciones."

    def handle(self, *args, **options):
        count = notify_opened_courses()
        self.stdout.write(f"Avisos de convocatoria enviados: {count}")
