"""Who hears about a nomination and a jury assignment, through the site's notices
(`notifications.notify.send`: in-site notice plus e-mail by each member's preference, digests,
unsubscribe). Links point to pages the recipient can open: the edition page, the juror's list.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.templatetags.dates import fecha
from notifications import followups, kinds
from notifications.notify import send

from .models import JuryAssignment, Nomination
from .models.pages import Phase

NOMINATION = kinds.register("postulacion", gettext_lazy("Su postulación al encuentro"))
JURY = kinds.register("jurado", gettext_lazy("Jurado del encuentro"))


def nominee_people(nomination):
    """Whoever nominated the practice and the member who shared it, active accounts only."""
    people = {nomination.nominated_by, nomination.practice.owner}
    return [user for user in people if user is not None and user.is_active]


def nomination_received(nomination):
    send(
        nominee_people(nomination),
        NOMINATION,
        _("Recibimos la postulación de «%(title)s» al %(edition)s.")
        % {"title": nomination.practice.title, "edition": nomination.edition.title},
        nomination.edition.url,
    )


def screening_results(edition):
    """Each nominee hears the final screening decision once, when screening ends."""
    nominations = edition.nominations.select_related("practice__owner", "nominated_by")
    for nomination in nominations.order_by("pk"):
        nomination_screened(nomination)


def nomination_screened(nomination):
    if nomination.is_eligible:
        text = _("«%(title)s» cumple los requisitos del %(edition)s y pasa al jurado.")
    else:
        text = _("«%(title)s» no cumple los requisitos del %(edition)s: %(reason)s")
    send(
        nominee_people(nomination),
        NOMINATION,
        text
        % {
            "title": nomination.practice.title,
            "edition": nomination.edition.title,
            "reason": nomination.eligibility_reason,
        },
        nomination.edition.url,
    )


def results_published(edition):
    """Every nominee that reached the jury hears the outcome, only when the results are public,
    so the jury's decision never leaks earlier. Ineligible ones heard at screening."""
    judged = edition.nominations.filter(eligibility=Nomination.Eligibility.ELIGIBLE).select_related(
        "practice__owner", "nominated_by"
    )
    for nomination in judged:
        send(
            nominee_people(nomination),
            NOMINATION,
            outcome_text(nomination.status)
            % {"title": nomination.practice.title, "edition": edition.title},
            edition.url,
        )


def outcome_text(status):
    if status == Nomination.Status.WINNER:
        return _("¡«%(title)s» es práctica ganadora del %(edition)s!")
    if status == Nomination.Status.FINALIST:
        return _("«%(title)s» es finalista del %(edition)s.")
    return _(
        "Se publicaron los resultados del %(edition)s: «%(title)s» no quedó entre las finalistas."
        " Gracias por postularla; sigue publicada en la biblioteca."
    )


def jurors_assigned(assignments):
    """One notice per juror, however many practices they received."""
    by_juror = {}
    for assignment in assignments:
        by_juror.setdefault(assignment.juror, []).append(assignment)
    for juror, theirs in by_juror.items():
        edition = theirs[0].nomination.edition
        send(
            [juror] if juror.is_active else [],
            JURY,
            _("Tiene %(count)s prácticas para evaluar en el %(edition)s.")
            % {"count": len(theirs), "edition": edition.title},
            reverse("meeting:jury_assignments"),
        )


def send_jury_reminders(now=None):
    """Remind each juror of each unsent assignment, once, in the days before the deadline.

    Idempotent: `reminded_at` marks the assignment, so a second run the same day sends nothing.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    days = timedelta(days=settings.MEETING_JURY_REMINDER_DAYS)
    due = (
        JuryAssignment.objects.filter(
            nomination__edition__phase=Phase.REVIEW,
            nomination__edition__review_deadline__gte=today,
            nomination__edition__review_deadline__lte=today + days,
            reminded_at__isnull=True,
            recused_at__isnull=True,
            juror__is_active=True,
        )
        .filter(~Q(state=JuryAssignment.State.SUBMITTED))
        .select_related("juror", "nomination__practice", "nomination__edition")
    )
    # Each assignment is claimed first: two runs at once still send one reminder.
    return followups.run(due, "reminded_at", remind_juror, now)


def remind_juror(assignment):
    edition = assignment.nomination.edition
    send(
        [assignment.juror],
        JURY,
        _("Recuerde: evalúe «%(title)s» antes del %(deadline)s (%(edition)s).")
        % {
            "title": assignment.nomination.practice.title,
            "deadline": fecha(edition.review_deadline),
            "edition": edition.title,
        },
        reverse("meeting:jury_score", args=[assignment.pk]),
    )
