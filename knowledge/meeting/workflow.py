"""What happens to an edition, one small function per step: nominate, score, review, select, vote.

Views call these and render; every rule that protects the data (windows, uniqueness, frozen review)
is checked here, server-side, whatever the form showed.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from knowledge.models import PracticePage

from .models import EditionPage, JuryAssignment, Nomination, Score, Vote
from .models.nominations import DECIDE_AFTER_REVIEW
from .permissions import can_score


class ActionRefused(Exception):
    """A step the rules do not allow now; the message is shown to the person as is."""


# Nominations -----------------------------------------------------------------------------------


def nominate(edition, practice, category, user, statement="", now=None):
    if not edition.call_is_open(now):
        raise ActionRefused(
            _("La convocatoria de %(year)s está cerrada: ya no se reciben postulaciones.")
            % {"year": edition.year}
        )
    earlier = Nomination.objects.filter(practice=practice).exclude(edition=edition).first()
    if earlier is not None:
        raise ActionRefused(
            _(
                "Esta práctica ya se postuló al encuentro de %(year)s: cada práctica se postula"
                " una vez."
            )
            % {"year": earlier.edition.year}
        )
    try:
        with transaction.atomic():
            nomination = Nomination(
                edition=edition,
                practice=practice,
                category=category,
                nominated_by=user,
                statement=statement,
            )
            nomination.full_clean()
            nomination.save()
    except (IntegrityError, ValidationError) as error:
        if Nomination.objects.filter(edition=edition, practice=practice).exists():
            raise ActionRefused(_("Esta práctica ya está postulada a esta edición.")) from error
        raise
    return nomination


# Review ----------------------------------------------------------------------------------------


def start_review(edition):
    """Freeze the rubric: from now on criteria and weights stay as they are."""
    EditionPage.objects.filter(pk=edition.pk, review_started_at__isnull=True).update(
        review_started_at=timezone.now()
    )
    edition.refresh_from_db(fields=["review_started_at"])


def close_review(edition):
    """End scoring; jurors may now see each other's scores."""
    start_review(edition)
    EditionPage.objects.filter(pk=edition.pk, review_closed_at__isnull=True).update(
        review_closed_at=timezone.now()
    )
    edition.refresh_from_db(fields=["review_closed_at"])


def save_scores(assignment, values, submit=False):
    """Store {criterion: (value or None, comment)}; `submit` requires every criterion scored."""
    if not can_score(assignment):
        raise ActionRefused(
            _(
                "Esta evaluación ya no se puede cambiar: fue enviada, la evaluación de la edición"
                " cerró o usted tiene un conflicto de interés con la práctica."
            )
        )
    edition = assignment.nomination.edition
    if submit and any(value is None for value, _comment in values.values()):
        raise ActionRefused(_("Para enviar, califique todos los criterios de 1 a 5."))
    with transaction.atomic():
        start_review(edition)
        for criterion, (value, comment) in values.items():
            if value is None:
                Score.objects.filter(assignment=assignment, criterion=criterion).delete()
                continue
            Score.objects.update_or_create(
                assignment=assignment,
                criterion=criterion,
                defaults={"value": value, "comment": comment},
            )
        if assignment.nomination.status == Nomination.Status.RECEIVED:
            Nomination.objects.filter(pk=assignment.nomination_id).update(
                status=Nomination.Status.IN_REVIEW
            )
        if submit:
            assignment.submit()


def visible_peer_scores(assignment):
    """Other jurors' submitted scores for the same nomination, only once the review is closed."""
    if not assignment.nomination.edition.review_closed:
        return JuryAssignment.objects.none()
    return (
        JuryAssignment.objects.filter(
            nomination=assignment.nomination, state=JuryAssignment.State.SUBMITTED
        )
        .exclude(pk=assignment.pk)
        .select_related("juror")
        .prefetch_related("scores__criterion")
    )


# Selection -------------------------------------------------------------------------------------


def set_status(nomination, status):
    """Change a nomination's status; finalists and winners become featured ("destacada").

    Demoting the practice's last honoured nomination takes the mark away again: "destacada" is
    earned by the meeting, not left behind by an editor's slip.
    """
    if status in Nomination.DECIDED and not nomination.edition.review_closed:
        raise ActionRefused(DECIDE_AFTER_REVIEW)
    if status not in Nomination.DECIDED and nomination.edition.show_results:
        raise ActionRefused(
            _("Los resultados ya están publicados: despublíquelos antes de cambiar la selección.")
        )
    nomination.status = status
    nomination.save(update_fields=["status"])
    if status in Nomination.HONOURED:
        feature_practice(nomination.practice)
    elif not Nomination.objects.filter(
        practice=nomination.practice_id, status__in=Nomination.HONOURED
    ).exists():
        unfeature_practice(nomination.practice)


def feature_practice(practice):
    """Mark the practice "destacada" on the live page and in its latest revision.

    Patching the revision (rather than publishing a new one) keeps an editor's unpublished draft
    unpublished, and stops a later publish from quietly undoing the mark.
    """
    _set_validation(practice, PracticePage.Validation.FEATURED)


def unfeature_practice(practice):
    """Take "destacada" away, back to "validada" (a published practice was validated)."""
    if practice.validation_status == PracticePage.Validation.FEATURED:
        _set_validation(practice, PracticePage.Validation.VALIDATED)


def _set_validation(practice, status):
    """Write the status on the live row and in the latest revision, without publishing."""
    PracticePage.objects.filter(pk=practice.pk).update(validation_status=status)
    practice.validation_status = status
    revision = practice.latest_revision
    if revision is not None and revision.content.get("validation_status") != status:
        revision.content["validation_status"] = status
        revision.save(update_fields=["content"])


# Public vote -----------------------------------------------------------------------------------


def vote_candidates(edition):
    return (
        edition.nominations.filter(status__in=Nomination.VOTABLE, practice__live=True)
        .select_related("practice", "category")
        .order_by("practice__title")
    )


def member_vote(edition, user):
    """The member's vote in this edition, or None (also for visitors)."""
    if not user.is_authenticated:
        return None
    return (
        Vote.objects.filter(edition=edition, user=user)
        .select_related("nomination__practice")
        .first()
    )


def cast_vote(edition, nomination_id, user, now=None):
    """Store the member's one vote, or move it while the vote is open; returns (vote, changed).

    Two simultaneous first votes still store exactly one: the database refuses the second.
    """
    if not edition.vote_is_open(now):
        raise ActionRefused(_("La votación del público no está abierta."))
    nomination = None
    if str(nomination_id or "").isdigit():
        nomination = vote_candidates(edition).filter(pk=nomination_id).first()
    if nomination is None:
        raise ActionRefused(_("Elija una de las prácticas en votación."))
    if nomination.nominated_by_id == user.pk:
        raise ActionRefused(
            _("Usted postuló esta práctica: no puede votar por su propia postulación.")
        )
    existing = Vote.objects.filter(edition=edition, user=user).first()
    if existing is not None:
        Vote.objects.filter(pk=existing.pk).update(nomination=nomination)
        existing.nomination = nomination
        return existing, True
    try:
        with transaction.atomic():
            return Vote.objects.create(edition=edition, nomination=nomination, user=user), False
    except IntegrityError as error:
        raise ActionRefused(_("Ya votó en esta edición: cada miembro tiene un voto.")) from error
