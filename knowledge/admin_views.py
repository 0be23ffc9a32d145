"""Editors' view of "¿Le sirvió?" in the admin (Informes): which items served readers, and the
reasons and comments behind each answer, never who gave them. Needs `knowledge.view_usefulness`.
"""

from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import get_object_or_404, render

from .feedback import reason_counts, usefulness_counts, with_usefulness_counts
from .models import KnowledgePage, UsefulnessAnswer
from .permissions import usefulness_readers_only

PER_PAGE = 50


def answered_items():
    """Items with at least one answer, those that served readers least first."""
    return (
        with_usefulness_counts(KnowledgePage.objects.all())
        .annotate(answers=F("useful_yes") + F("useful_no"))
        .filter(answers__gt=0)
        .order_by("-useful_no", "-answers", "title")
    )


@usefulness_readers_only
def usefulness_report(request):
    items = Paginator(answered_items(), PER_PAGE).get_page(request.GET.get("p"))
    return render(request, "knowledge/admin/usefulness_report.html", {"items": items})


@usefulness_readers_only
def usefulness_detail(request, page_id):
    page = get_object_or_404(KnowledgePage, pk=page_id)
    comments = UsefulnessAnswer.objects.filter(page=page).exclude(comment="").order_by("-updated")
    context = {
        "item": page,
        "counts": usefulness_counts(page),
        "reasons": reason_counts(page),
        "comments": Paginator(comments, PER_PAGE).get_page(request.GET.get("p")),
    }
    return render(request, "knowledge/admin/usefulness_detail.html", context)
