"""Editors' review desk in the Wagtail admin: the phase and its next step, screening, progress,
ranking, selection, CSV. Every action is refused by the services with a Spanish reason."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import EditionPage, JuryAssignment, Nomination
from .permissions import curators_only
from .phases import ALLOWS, NeedsConfirmation, advance, advance_refusal
from .reports import progress, ranking_by_category, ranking_csv_response
from .workflow import ActionRefused, reassign, screen, set_status, status_warning


@curators_only
def editions(request):
    return render(
        request,
        "meeting/admin/editions.html",
        {"editions": EditionPage.objects.order_by("-year")},
    )


@curators_only
def review(request, edition_id):
    """The phase and its next step, screening, the weighted ranking per category, progress."""
    edition = get_object_or_404(EditionPage, pk=edition_id)
    return render(request, "meeting/admin/review.html", desk_context(edition))


def desk_context(edition, typed_reason=None):
    """`typed_reason` (nomination id, text) puts back what an editor typed in a refused form."""
    refusal = advance_refusal(edition)
    screening = list(edition.nominations.select_related("practice__entity", "category"))
    for nomination in screening:
        if typed_reason and nomination.pk == typed_reason[0]:
            nomination.eligibility_reason = typed_reason[1]
    return {
        "edition": edition,
        "phases": [(phase, phase == edition.phase) for phase in EditionPage.Phase],
        "allows": ALLOWS[edition.phase],
        "next_phase": edition.next_phase(),
        "refusal": refusal,
        "needs_confirmation": isinstance(refusal, NeedsConfirmation),
        "screening_open": edition.phase == EditionPage.Phase.SCREENING,
        "screening": screening,
        "eligibility_choices": Nomination.Eligibility.choices[1:],
        "progress": progress(edition),
        "reassign_open": edition.phase == EditionPage.Phase.REVIEW,
        # The service checks each choice (no conflict, not already assigned): one list for all.
        "reassign_jurors": [member.user for member in edition.jurors.select_related("user")],
        "ranking": ranking_by_category(edition),
        "statuses": Nomination.Status.choices,
    }


@curators_only
def ranking_csv(request, edition_id):
    return ranking_csv_response(get_object_or_404(EditionPage, pk=edition_id))


def on_desk(request, edition, action, success):
    """Run one desk action; its refusal or `success(result)` becomes the message on the desk."""
    try:
        result = action()
    except ActionRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, success(result))
    return redirect("meeting_admin_review", edition_id=edition.pk)


@require_POST
@curators_only
def change_status(request, edition_id, nomination_id):
    """Finalist, winner…; honouring a practice no juror scored first asks for a confirmation."""
    edition = get_object_or_404(EditionPage, pk=edition_id)
    nomination = get_object_or_404(edition.nominations.select_related("practice"), pk=nomination_id)
    status = request.POST.get("status")
    if status in Nomination.Status.values and request.POST.get("confirm") != "1":
        warning = "" if nomination.status_refusal(status) else status_warning(nomination, status)
        if warning:
            messages.warning(request, warning)
            context = desk_context(edition)
            context["status_confirmation"] = {
                "pk": nomination.pk,
                "status": status,
                "warning": warning,
            }
            return render(request, "meeting/admin/review.html", context)

    def change():
        if status not in Nomination.Status.values:
            raise ActionRefused(_("Estado no válido."))
        set_status(nomination, status)

    return on_desk(
        request,
        edition,
        change,
        lambda _result: (
            _("«%(title)s» ahora está: %(status)s.")
            % {"title": nomination.practice.title, "status": nomination.get_status_display()}
        ),
    )


@require_POST
@curators_only
def advance_phase(request, edition_id):
    """ "Pasar a <siguiente fase>": the guard decides; a warning needs the editor's confirmation."""
    edition = get_object_or_404(EditionPage, pk=edition_id)
    return on_desk(
        request,
        edition,
        lambda: advance(edition, confirm=request.POST.get("confirm") == "1"),
        lambda phase: (
            _("La edición pasó a: %(phase)s.") % {"phase": EditionPage.Phase(phase).label}
        ),
    )


@require_POST
@curators_only
def screen_nomination(request, edition_id, nomination_id):
    """Eligible or not, with a reason; a refusal re-renders the desk with the reason kept."""
    edition = get_object_or_404(EditionPage, pk=edition_id)
    nomination = get_object_or_404(edition.nominations.select_related("practice"), pk=nomination_id)
    choice = request.POST.get("eligibility")
    reason = request.POST.get("reason", "")
    try:
        if choice not in (Nomination.Eligibility.ELIGIBLE, Nomination.Eligibility.INELIGIBLE):
            raise ActionRefused(_("Indique si la postulación cumple o no los requisitos."))
        screen(nomination, choice == Nomination.Eligibility.ELIGIBLE, reason)
    except ActionRefused as refusal:
        messages.error(request, str(refusal))
        context = desk_context(edition, typed_reason=(nomination.pk, reason))
        return render(request, "meeting/admin/review.html", context)
    messages.success(
        request,
        _("«%(title)s»: %(result)s.")
        % {"title": nomination.practice.title, "result": nomination.get_eligibility_display()},
    )
    return redirect("meeting_admin_review", edition_id=edition.pk)


@require_POST
@curators_only
def reassign_assignment(request, edition_id, assignment_id):
    """Give a conflicted assignment to another juror of the edition."""
    edition = get_object_or_404(EditionPage, pk=edition_id)
    assignment = get_object_or_404(
        JuryAssignment.objects.select_related("nomination__practice", "nomination__edition"),
        pk=assignment_id,
        nomination__edition=edition,
    )
    juror = next(
        (
            m.user
            for m in edition.jurors.select_related("user")
            if str(m.user_id) == request.POST.get("juror")
        ),
        None,
    )
    return on_desk(
        request,
        edition,
        lambda: reassign(assignment, juror),
        lambda replacement: (
            _("«%(title)s» quedó asignada a %(name)s.")
            % {
                "title": assignment.nomination.practice.title,
                "name": replacement.juror.get_full_name() or replacement.juror.username,
            }
        ),
    )
