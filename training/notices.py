"""Notices to the people of a cohort, through the site's notifications (issue 17)."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.templatetags.dates import fecha
from notifications import kinds
from notifications.notify import send

from .models.cohorts import Enrollment

ACTIVE = (Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED)

COURSE = kinds.register("curso", gettext_lazy("Cursos y convocatorias"))


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
    send(people, COURSE, text, cohort.course.url or "")
