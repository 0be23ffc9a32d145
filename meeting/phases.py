"""The edition's state machine: what each phase allows, and the one guarded move to the next.

call → screening → jury review → deliberation → results published → memoria. Only `advance`
changes the stored phase, one step forward, after its guard; the desk shows `ALLOWS` and the
refusal before the editor clicks. Going back is not offered: each phase's work builds on the last.
"""

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.templatetags.dates import fecha

from . import notices
from .models import EditionPage, JuryAssignment, Nomination, has_conflict_of_interest
from .models.pages import PHASES, Phase
from .workflow import ActionRefused, NeedsConfirmation

# Sent once, when an edition's results are published (sender=EditionPage, edition=…): certificates
# (credentials/) listen, to recognise winners and finalists.
results_published = Signal()

ALLOWS = {
    Phase.CALL: gettext_lazy(
        "Los miembros postulan prácticas publicadas dentro de las fechas de la convocatoria. "
        "La rúbrica y el jurado aún se pueden editar."
    ),
    Phase.SCREENING: gettext_lazy(
        "Ya no se reciben postulaciones. Los editores revisan si cada postulación cumple los "
        "requisitos e indican el motivo; el jurado solo recibe las que cumplen. Al pasar al"
        " jurado, cada postulante recibe la decisión final."
    ),
    Phase.REVIEW: gettext_lazy(
        "Cada jurado califica las postulaciones que le fueron asignadas. La rúbrica está congelada."
    ),
    Phase.DELIBERATION: gettext_lazy(
        "Los editores marcan finalistas, ganadoras y no seleccionadas a partir del ranking. "
        "Los jurados ven los puntajes de los demás."
    ),
    Phase.RESULTS: gettext_lazy(
        "La página pública muestra finalistas y ganadoras; la selección ya no cambia."
    ),
    Phase.MEMORIA: gettext_lazy(
        "El encuentro terminó: la página pública muestra la memoria junto con los resultados."
    ),
}


# What the public edition page says of each phase after the call (readers, not editors).
PUBLIC_STATUS = {
    Phase.SCREENING: gettext_lazy(
        "La convocatoria cerró. Los editores revisan que cada postulación cumpla los requisitos."
    ),
    Phase.REVIEW: gettext_lazy("El jurado evalúa las postulaciones que cumplen los requisitos."),
    Phase.DELIBERATION: gettext_lazy("El jurado y los editores eligen finalistas y ganadoras."),
    Phase.RESULTS: gettext_lazy("Ya se publicaron las finalistas y las ganadoras."),
    Phase.MEMORIA: gettext_lazy("El encuentro terminó: aquí están los resultados y su memoria."),
}


def public_lead(edition):
    """The edition page's lead: the editors' summary while the edition runs. Once the results
    are out, a summary written before them still speaks of the call or the jury: it leads only
    if it was published since; otherwise there is no lead, and the phase's callout speaks."""
    if not edition.results_published:
        return edition.summary
    revision = edition.live_revision
    written_in = revision.content.get("phase") if revision else None
    if written_in in PHASES and PHASES.index(written_in) >= PHASES.index(Phase.RESULTS):
        return edition.summary
    return ""


def steps(edition):
    """[(phase label, "hecha" | "actual" | "pendiente")]: where the edition stands, for the
    public page's list of stages."""
    current = PHASES.index(edition.phase)
    return [
        (label, "hecha" if n < current else "actual" if n == current else "pendiente")
        for n, (_value, label) in enumerate(Phase.choices)
    ]


def advance_refusal(edition, confirm=False, now=None):
    """Why the edition cannot move to its next phase now, or "" when it can.

    Raises nothing; returns a NeedsConfirmation instance when only a confirmation is missing.
    """
    now = now or timezone.now()
    check = GUARDS.get(edition.phase)
    if check is None:
        return ActionRefused(_("La edición ya está en su última fase: la memoria."))
    return check(edition, confirm, now)


def advance(edition, confirm=False, now=None):
    """Move the edition one phase forward, or raise ActionRefused with the reason."""
    refusal = advance_refusal(edition, confirm, now)
    if refusal:
        raise refusal
    current, target = edition.phase, edition.next_phase()
    with transaction.atomic():
        moved = EditionPage.objects.filter(pk=edition.pk, phase=current).update(phase=target)
        if not moved:
            raise ActionRefused(_("Otra persona cambió la fase mientras tanto: revise la edición."))
        edition.phase = target
        if target == Phase.REVIEW:
            notices.screening_results(edition)
            notices.jurors_assigned(assign_jury(edition))
        elif target == Phase.RESULTS:
            notices.results_published(edition)
            results_published.send(sender=EditionPage, edition=edition)
    return target


def assign_jury(edition):
    """Give every eligible nomination to each juror of the edition without a conflict; returns
    the new assignments."""
    jurors = [member.user for member in edition.jurors.select_related("user")]
    existing = set(
        JuryAssignment.objects.filter(nomination__edition=edition).values_list(
            "nomination_id", "juror_id"
        )
    )
    created = []
    for nomination in edition.nominations.filter(
        eligibility=Nomination.Eligibility.ELIGIBLE
    ).select_related("practice"):
        for juror in jurors:
            if (nomination.pk, juror.pk) in existing:
                continue
            if not has_conflict_of_interest(juror, nomination.practice):
                created.append(JuryAssignment.objects.create(nomination=nomination, juror=juror))
    return created


# Guards, one per phase: what must be true to leave it -------------------------------------------


def _leave_call(edition, confirm, now):
    if now < edition.call_closes_at and not confirm:
        return NeedsConfirmation(
            _(
                "La convocatoria anunció su cierre para el %(date)s. Confirme si quiere cerrarla"
                " antes: ya no se recibirán postulaciones."
            )
            % {"date": fecha(edition.call_closes_at, "sin hora")}
        )
    return ""


def _leave_screening(edition, confirm, now):
    nominations = edition.nominations.all()
    pending = nominations.filter(eligibility=Nomination.Eligibility.PENDING).count()
    if pending:
        return ActionRefused(
            _(
                "Aún hay %(count)s postulaciones sin revisar: indique si cada una cumple los"
                " requisitos antes de pasar al jurado."
            )
            % {"count": pending}
        )
    if not nominations.filter(eligibility=Nomination.Eligibility.ELIGIBLE).exists():
        return ActionRefused(
            _("Ninguna postulación cumple los requisitos: no hay nada que evaluar.")
        )
    if not edition.criteria.exists():
        return ActionRefused(_("Defina la rúbrica de evaluación antes de pasar al jurado."))
    if not edition.jurors.exists():
        return ActionRefused(_("Nombre al jurado de la edición antes de pasar a la evaluación."))
    return ""


def _leave_review(edition, confirm, now):
    unscored = (
        JuryAssignment.objects.filter(nomination__edition=edition, recused_at__isnull=True)
        .exclude(state=JuryAssignment.State.SUBMITTED)
        .count()
    )
    if unscored and not confirm:
        return NeedsConfirmation(
            ngettext(
                "%(count)s asignación del jurado aún no se ha enviado. Si cierra la evaluación"
                " ahora, no contará en el ranking: confirme para continuar.",
                "%(count)s asignaciones del jurado aún no se han enviado. Si cierra la evaluación"
                " ahora, no contarán en el ranking: confirme para continuar.",
                unscored,
            )
            % {"count": unscored}
        )
    return ""


def _leave_deliberation(edition, confirm, now):
    if not edition.nominations.filter(status=Nomination.Status.WINNER).exists():
        return ActionRefused(_("No puede publicar resultados sin al menos una práctica ganadora."))
    return ""


def _leave_results(edition, confirm, now):
    if edition.ends_on >= timezone.localdate(now):
        return ActionRefused(
            _("La memoria se publica cuando el encuentro haya terminado (el %(date)s).")
            % {"date": fecha(edition.ends_on)}
        )
    return ""


GUARDS = {
    Phase.CALL: _leave_call,
    Phase.SCREENING: _leave_screening,
    Phase.REVIEW: _leave_review,
    Phase.DELIBERATION: _leave_deliberation,
    Phase.RESULTS: _leave_results,
}
