"""Public side of an edition: what the page shows in each phase, the nomination form, the vote;
the handlers behind the edition page's routes (core.routing)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from . import phases, workflow
from .forms import NominationForm
from .models import Nomination
from .permissions import is_on_jury
from .workflow import ActionRefused, cast_vote, member_vote, vote_candidates


def share_practice_url():
    """The community's "compartir una buena práctica" path, when that feature is installed."""
    try:
        return reverse("community:share_practice")
    except NoReverseMatch:
        return ""


def honoured(edition):
    """Winners first, then finalists, with their practices (empty until results are published)."""
    if not edition.results_published:
        return {"winners": [], "finalists": []}
    nominations = list(
        edition.nominations.filter(status__in=Nomination.HONOURED, practice__live=True)
        .select_related("practice__entity", "category")
        .order_by("category__sort_order", "practice__title")
    )
    return {
        "winners": [n for n in nominations if n.status == Nomination.Status.WINNER],
        "finalists": [n for n in nominations if n.status == Nomination.Status.FINALIST],
    }


def edition_context(request, edition):
    vote_open = edition.vote_is_open()
    candidates = list(vote_candidates(edition)) if vote_open else []
    user_pk = request.user.pk
    return {
        "is_juror": is_on_jury(request.user, edition),
        "call_open": edition.call_is_open(),
        "call_upcoming": edition.call_is_upcoming(),
        "phase_steps": phases.steps(edition),
        "lead": phases.public_lead(edition),
        "phase_status": phases.PUBLIC_STATUS.get(edition.phase),
        "share_practice_url": share_practice_url(),
        "show_memoria": edition.phase == edition.Phase.MEMORIA
        and bool(edition.memoria or edition.memoria_resources),
        "vote_open": vote_open,
        "vote_candidates": candidates,
        # A member who nominated every practice in the vote has none to choose: no button.
        "vote_choosable": any(n.nominated_by_id != user_pk for n in candidates),
        "my_vote": member_vote(edition, request.user),
        "criteria": edition.criteria.all(),
        "categories": edition.categories.select_related("capacity_type"),
        "jury": edition.public_jury(),
        **honoured(edition),
    }


def nominate(request, edition):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = NominationForm(edition, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            nomination = workflow.nominate(
                edition,
                form.cleaned_data["practice"],
                form.cleaned_data["category"],
                request.user,
                form.cleaned_data["statement"],
            )
        except ActionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request,
                _("Recibimos la postulación de «%(title)s». El jurado la evaluará.")
                % {"title": nomination.practice.title},
            )
            return redirect(edition.url)
    return edition.render(
        request,
        template="meeting/nominate.html",
        context_overrides={"form": form},
    )


def vote(request, edition):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(edition.url)
    try:
        ballot, changed = cast_vote(edition, request.POST.get("nomination"), request.user)
    except ActionRefused as refusal:
        messages.error(request, str(refusal))
    else:
        title = ballot.nomination.practice.title
        if changed:
            text = _("Cambiamos su voto: ahora vota por «%(title)s».")
        else:
            text = _("Gracias: su voto quedó registrado por «%(title)s».")
        messages.success(request, text % {"title": title})
    return redirect(edition.url)
