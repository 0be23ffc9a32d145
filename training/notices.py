"""Notices to the people of a cohort, through the community's notification system (issue 17)."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from community import notify
from community.models import Notification
from core.templatetags.dates import fecha

from .models.cohorts import Enrollment

ACTIVE = (Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED)


def notify_cohort_cancelled(cohort):
    """Everyone holding a seat or waiting learns that the cohort will not take place."""
    people = (
        get_user_model()
        .objects.filter(enrollments__cohort=cohort, enrollments__status__in=ACTIVE)
        .distinct()
    )
    text = _("La convocatoria de %(course)s que empezaba el %(start)s fue cancelada.") % {
        "course": cohort.course.title,
        "start": fecha(cohort.start_date),
    }
    notify.send(people, Notification.Kind.COURSE, text, cohort.course.url or "")
