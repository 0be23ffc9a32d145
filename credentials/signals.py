"""Certificates issued on their own: a completed enrolment (training's `enrollment_completed`) and
an edition's published results (meeting's `results_published`). Training and the meeting know
nothing of certificates: they announce, and this listens (the import layering, README)."""

from django.dispatch import receiver

from core.operator import OperatorSettings
from meeting.phases import results_published
from training.signals import enrollment_completed

from .issuing import issue_for_enrollment, issue_recognitions


@receiver(enrollment_completed, dispatch_uid="credentials-course-certificate")
def certify_completed_course(sender, enrollment, **kwargs):
    issue_for_enrollment(enrollment)


def organiser_of(edition):
    site = edition.get_site()
    return OperatorSettings.for_site(site).name if site else "Red ATT"


@receiver(results_published, dispatch_uid="credentials-meeting-recognitions")
def recognise_winners_and_finalists(sender, edition, **kwargs):
    issue_recognitions(edition, organiser_of(edition))
