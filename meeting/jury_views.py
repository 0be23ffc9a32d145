"""The juror's pages, outside the page editor: their assignments and one score sheet each.

A juror reaches only their own assignments (anything else is a 404), so other jurors' work and
other editions' nominations never show; peers' scores appear only once the review has closed.
Who is a juror, and what they may score, is decided in permissions.py.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from knowledge.adoption import adoption_summary

from .forms import ScoreSheetForm
from .permissions import assignments_of, can_score, jurors_only
from .workflow import ActionRefused, declare_conflict, save_scores, visible_peer_scores


def practice_identity(assignment):
    """Who offers the practice, where, and who nominated it: withheld in a blind review."""
    practice = assignment.nomination.practice
    nominator = assignment.nomination.nominated_by
    return {
        "entity": practice.entity,
        "contact_entity": practice.contact_entity,
        "departments": list(practice.departments.all()),
        "municipalities": list(practice.municipalities.all()),
        "nominator": (nominator.get_full_name() or nominator.username) if nominator else "",
    }


@login_required
@jurors_only
def assignments(request):
    items = assignments_of(request.user).order_by(
        "-nomination__edition__year", "nomination__practice__title"
    )
    return render(request, "meeting/jury/assignments.html", {"assignments": items})


@login_required
@jurors_only
def score(request, pk):
    assignment = get_object_or_404(assignments_of(request.user), pk=pk)
    form = ScoreSheetForm(
        assignment, assignment.nomination.edition.criteria.all(), request.POST or None
    )
    if request.method == "POST" and form.is_valid():
        submit = request.POST.get("action") == "submit"
        try:
            save_scores(assignment, form.values(), submit=submit)
        except ActionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request,
                _("Evaluación enviada. Gracias.") if submit else _("Borrador guardado."),
            )
            return redirect("meeting:jury_score", pk=assignment.pk)
    return render_sheet(request, assignment, form)


@login_required
@jurors_only
@require_POST
def recuse(request, pk):
    """The juror declares a conflict of interest; a refusal keeps the reason they typed."""
    assignment = get_object_or_404(assignments_of(request.user), pk=pk)
    reason = request.POST.get("reason", "")
    try:
        declare_conflict(assignment, reason)
    except ActionRefused as refusal:
        form = ScoreSheetForm(assignment, assignment.nomination.edition.criteria.all())
        return render_sheet(request, assignment, form, recusal=(str(refusal), reason))
    messages.success(
        request,
        _("Registramos su conflicto de interés. El equipo editorial reasignará la práctica."),
    )
    return redirect("meeting:jury_score", pk=assignment.pk)


def render_sheet(request, assignment, form, recusal=("", "")):
    edition = assignment.nomination.edition
    return render(
        request,
        "meeting/jury/score.html",
        {
            "assignment": assignment,
            "edition": edition,
            "practice": assignment.nomination.practice,
            "form": form,
            "editable": can_score(assignment),
            "recusal_error": recusal[0],
            "recusal_reason": recusal[1],
            "peers": visible_peer_scores(assignment),
            # Entities that say they apply it, where and how it went: evidence of replicability.
            "adoption": adoption_summary(assignment.nomination.practice),
            "blind": edition.blind_review,
            "identity": None if edition.blind_review else practice_identity(assignment),
        },
    )
