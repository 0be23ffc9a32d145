"""Editors' review desk in the Wagtail admin: editions, progress, ranking, selection, CSV."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import EditionPage, Nomination
from .permissions import curators_only
from .reports import progress, ranking_by_category, ranking_csv_response
from .workflow import ActionRefused, close_review, set_status, start_review


@curators_only
def editions(request):
    return render(
        request,
        "meeting/admin/editions.html",
        {"editions": EditionPage.objects.order_by("-year")},
    )


@curators_only
def review(request, edition_id):
    """Progress per juror and the weighted ranking per category, with the selection actions."""
    edition = get_object_or_404(EditionPage, pk=edition_id)
    return render(
        request,
        "meeting/admin/review.html",
        {
            "edition": edition,
            "progress": progress(edition),
            "ranking": ranking_by_category(edition),
            "statuses": Nomination.Status.choices,
        },
    )


@curators_only
def ranking_csv(request, edition_id):
    return ranking_csv_response(get_object_or_404(EditionPage, pk=edition_id))


@require_POST
@curators_only
def change_status(request, edition_id, nomination_id):
    edition = get_object_or_404(EditionPage, pk=edition_id)
    nomination = get_object_or_404(edition.nominations.select_related("practice"), pk=nomination_id)
    status = request.POST.get("status")
    if status not in Nomination.Status.values:
        messages.error(request, _("Estado no válido."))
    else:
        try:
            set_status(nomination, status)
        except ActionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("«%(title)s» ahora está: %(status)s.")
                % {"title": nomination.practice.title, "status": nomination.get_status_display()},
            )
    return redirect("meeting_admin_review", edition_id=edition.pk)


@require_POST
@curators_only
def change_review_phase(request, edition_id):
    edition = get_object_or_404(EditionPage, pk=edition_id)
    if request.POST.get("phase") == "close":
        close_review(edition)
        messages.success(
            request, _("Evaluación cerrada: el jurado ya puede ver todos los puntajes.")
        )
    else:
        start_review(edition)
        messages.success(request, _("Evaluación iniciada: la rúbrica quedó congelada."))
    return redirect("meeting_admin_review", edition_id=edition.pk)
