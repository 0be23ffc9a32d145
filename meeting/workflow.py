"""What happens to an edition, one small function per step: nominate, score, select, vote.

Which step is allowed is decided by the edition's stored phase (see phases.py for moving it).

Views call these and render; every rule that protects the data (windows, uniqueness, frozen review)
is checked here, server-side, whatever the form showed.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from knowledge.models import PracticePage

from . import notices
from .models import JuryAssignment, Nomination, Score, Vote, has_conflict_of_interest
from .models.pages import Phase
from .permissions import can_score


class ActionRefused(Exception):
    """A step the rules do not allow now; the message is shown to the person as is."""


class NeedsConfirmation(ActionRefused):
    """A step the person may take, but only after confirming a warning."""


# Nominations -----------------------------------------------------------------------------------


def nominate(edition, practice, category, user, statement="", now=None):
    if not edition.call_is_open(now):
        if edition.call_is_upcoming(now):
            raise ActionRefused(_("La convocatoria aún no ha abierto."))
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
    notices.nomination_received(nomination)
    return nomination


# Screening -------------------------------------------------------------------------------------


def screen(nomination, eligible, reason=""):
    """Record whether the nomination meets the call's requirements, with the editor's reason.

    A refusal always carries a reason: the nominee is owed an explanation. The nominee hears the
    final decision when screening ends (phases.advance), so an editor may correct one first.
    """
    edition = nomination.edition
    if edition.phase != Phase.SCREENING:
        raise ActionRefused(
            _("Los requisitos se revisan en la fase «%(screening)s»; la edición está en: %(now)s.")
            % {"screening": Phase.SCREENING.label, "now": edition.get_phase_display()}
        )
    reason = (reason or "").strip()
    if not eligible and not reason:
        raise ActionRefused(_("Indique por qué la postulación no cumple los requisitos."))
    nomination.eligibility = (
        Nomination.Eligibility.ELIGIBLE if eligible else Nomination.Eligibility.INELIGIBLE
    )
    nomination.eligibility_reason = reason
    nomination.save(update_fields=["eligibility", "eligibility_reason"])
    return nomination


# Review ----------------------------------------------------------------------------------------


def save_scores(assignment, values, submit=False):
    """Store {criterion: (value or None, comment)}; `submit` requires every criterion scored."""
    edition = assignment.nomination.edition
    if edition.phase != Phase.REVIEW:
        raise ActionRefused(
            _("Solo se califica durante la evaluación del jurado; la edición está en: %s.")
            % edition.get_phase_display()
        )
    if not can_score(assignment):
        raise ActionRefused(
            _(
                "Esta evaluación ya no se puede cambiar: fue enviada, la evaluación de la edición"
                " cerró o usted tiene un conflicto de interés con la práctica."
            )
        )
    if submit and any(value is None for value, _comment in values.values()):
        raise ActionRefused(_("Para enviar, califique todos los criterios de 1 a 5."))
    with transaction.atomic():
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


# Recusal ---------------------------------------------------------------------------------------


def declare_conflict(assignment, reason):
    """The juror steps aside from one assignment, saying why; their draft scores go with it."""
    if assignment.nomination.edition.phase != Phase.REVIEW:
        raise ActionRefused(_("Solo puede declarar un conflicto durante la evaluación del jurado."))
    if assignment.is_submitted:
        raise ActionRefused(
            _("Ya envió esta evaluación: escriba al equipo editorial si tiene un conflicto.")
        )
    if assignment.is_declared_recused:
        raise ActionRefused(_("Ya declaró un conflicto de interés con esta práctica."))
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused(_("Cuente brevemente cuál es su conflicto de interés."))
    with transaction.atomic():
        assignment.scores.all().delete()
        assignment.recused_at = timezone.now()
        assignment.recusal_reason = reason
        # Not save(): it re-checks the automatic conflict, which a recusal must not trip on.
        JuryAssignment.objects.filter(pk=assignment.pk).update(
            recused_at=assignment.recused_at, recusal_reason=reason
        )
    return assignment


def has_conflict(assignment):
    """Declared by the juror, or automatic: the juror's entity offers the practice."""
    from .permissions import is_recused

    return assignment.is_declared_recused or is_recused(assignment)


def reassignment_candidates(assignment):
    """Jurors of the edition who do not have this nomination yet and have no conflict with it."""
    nomination = assignment.nomination
    taken = nomination.assignments.values_list("juror_id", flat=True)
    jurors = (
        nomination.edition.jurors.exclude(user_id__in=taken)
        .select_related("user")
        .order_by("user__username")
    )
    return [
        member.user
        for member in jurors
        if not has_conflict_of_interest(member.user, nomination.practice)
    ]


def reassign(assignment, juror):
    """Give a conflicted assignment to another eligible juror; the old one stays as a record."""
    if assignment.nomination.edition.phase != Phase.REVIEW:
        raise ActionRefused(_("Solo se reasigna durante la evaluación del jurado."))
    if not has_conflict(assignment):
        raise ActionRefused(_("Solo se reasignan las asignaciones con conflicto de interés."))
    if assignment.replaced_by_id:
        raise ActionRefused(_("Esta asignación ya fue reasignada."))
    if juror is None or juror not in reassignment_candidates(assignment):
        raise ActionRefused(
            _(
                "Elija a otro integrante del jurado de la edición, sin conflicto con la práctica y"
                " que aún no la tenga asignada."
            )
        )
    with transaction.atomic():
        replacement = JuryAssignment.objects.create(nomination=assignment.nomination, juror=juror)
        assignment.replaced_by = replacement
        JuryAssignment.objects.filter(pk=assignment.pk).update(replaced_by=replacement)
    notices.jurors_assigned([replacement])
    return replacement


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


def status_warning(nomination, status):
    """What the editor must confirm before honouring a practice no juror scored, or ""."""
    if status not in Nomination.HONOURED:
        return ""
    if Score.objects.filter(
        assignment__nomination=nomination, assignment__state=JuryAssignment.State.SUBMITTED
    ).exists():
        return ""
    return _(
        "Ningún jurado calificó «%(title)s»: no tiene puntaje en el ranking. Confirme si quiere"
        " marcarla como %(status)s de todos modos."
    ) % {"title": nomination.practice.title, "status": Nomination.Status(status).label.lower()}


def set_status(nomination, status):
    """Change a nomination's status; finalists and winners become featured ("destacada").

    Demoting the practice's last honoured nomination takes the mark away again: "destacada" is
    earned by the meeting, not left behind by an editor's slip.
    """
    refusal = nomination.status_refusal(status)
    if refusal:
        raise ActionRefused(refusal)
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
        .exclude(eligibility=Nomination.Eligibility.INELIGIBLE)
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
        raise ActionRefused(
            _(
                "La votación del público no está abierta: abre en la fase «%(phase)s»,"
                " dentro de sus fechas."
            )
            % {"phase": Phase(edition.vote_phase).label}
        )
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
