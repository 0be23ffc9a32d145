"""The juror's pages, outside the page editor: their assignments and one score sheet each.

A juror reaches only their own assignments (anything else is a 404), so other jurors' work and
other editions' nominations never show; peers' scores appear only once the review has closed.
Who is a juror, and what they may score, is decided in permissions.py.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from knowledge.adoption import adoption_summary

from .forms import ScoreSheetForm
from .permissions import assignments_of, can_score, jurors_only
from .workflow import ActionRefused, save_scores, visible_peer_scores


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
    edition = assignment.nomination.edition
    criteria = edition.criteria.all()
    form = ScoreSheetForm(assignment, criteria, request.POST or None)
    editable = can_score(assignment)
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
    return render(
        request,
        "meeting/jury/score.html",
        {
            "assignment": assignment,
            "edition": edition,
            "practice": assignment.nomination.practice,
            "form": form,
            "editable": editable,
            "peers": visible_peer_scores(assignment),
            # Entities that say they apply it, where and how it went: evidence of replicability.
            "adoption": adoption_summary(assignment.nomination.practice),
        },
    )
