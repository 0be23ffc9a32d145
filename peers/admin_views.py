"""Moderators' review of reported questions (admin › Informes › "Preguntas reportadas"): each with
its sender, the reason, and two actions: dismiss the report, or block the sender from asking
again. Only with `peers.moderate_peer_questions`; everyone else gets a 403."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import asking
from .models import Question
from .permissions import can_moderate


def _require_moderator(request):
    if not can_moderate(request.user):
        raise PermissionDenied


def reported(request):
    _require_moderator(request)
    return render(request, "peers/admin/reported.html", {"questions": asking.reported_questions()})


@require_POST
def act(request, pk):
    _require_moderator(request)
    question = get_object_or_404(Question, pk=pk, reported_at__isnull=False)
    if request.POST.get("action") == "bloquear":
        asking.block_sender(request.user, question)
        messages.success(request, _("El remitente ya no puede enviar preguntas a colegas."))
    else:
        asking.dismiss_report(question)
        messages.success(request, _("Reporte descartado."))
    return redirect("peers_reported")
