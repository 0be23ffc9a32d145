"""The emails a person gets about their enrolment, rendered from plain-text templates."""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import mail

from .models import Enrollment

SUBJECTS = {
    Enrollment.Status.ENROLLED: gettext_lazy("Inscripción confirmada: %(course)s"),
    Enrollment.Status.WAITLISTED: gettext_lazy("Está en la lista de espera: %(course)s"),
}


def send_enrolment_email(enrollment, promoted=False):
    """Confirm a seat or a waiting-list place; `promoted` says a seat came free for them."""
    user = enrollment.user
    if not user.email:
        return
    course = enrollment.cohort.course
    if promoted:
        subject = _("Obtuvo un cupo: %(course)s") % {"course": course.title}
    else:
        subject = SUBJECTS[enrollment.status] % {"course": course.title}
    body = render_to_string(
        "training/email/enrolment.txt",
        {"enrollment": enrollment, "cohort": enrollment.cohort, "course": course,
         "promoted": promoted, "user": user},
    )  # fmt: skip
    mail.send(subject, body, [user.email])
