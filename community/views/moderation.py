"""Moderator pages and actions: the space's queue and log, thread actions, hiding and approving
posts; and the member's side of it, flagging a post."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import moderating
from ..drafts import login_keeping_draft, pop_draft
from ..forms import ModerateThreadForm, ReasonForm
from ..invitations import invitation_url
from ..models import Flag
from ..permissions import can_moderate, can_post, moderated_space_ids, visible_spaces
from .common import form_status, readable_post, readable_space, readable_thread, require


@login_required
def moderation(request, space_pk):
    space = readable_space(request.user, space_pk)
    require(can_moderate(request.user, space))
    pending = list(moderating.pending_posts(space))
    histories = moderating.author_histories(space, {p.author for p in pending if p.author})
    for post in pending:
        post.history = histories.get(post.author_id)
    context = {
        "space": space,
        "log": space.moderation_log.select_related("moderator", "thread", "post")[:100],
        "pending_posts": pending,
        "pending_members": moderating.pending_memberships(space),
        "open_flags": Flag.objects.filter(
            post__thread__space=space, status=Flag.Status.OPEN
        ).select_related("post__thread", "post__author", "reporter"),
        "invitation_url": invitation_url(space) if space.is_private else "",
    }
    return render(request, "community/moderation.html", context)


@login_required
def moderate_thread(request, pk):
    thread = readable_thread(request.user, pk)
    require(can_moderate(request.user, thread.space))
    targets = visible_spaces(request.user).filter(pk__in=moderated_space_ids(request.user))
    form = ModerateThreadForm(request.POST or None, spaces=targets.exclude(pk=thread.space_id))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        moderating.moderate_thread(
            request.user, thread, data["action"], data["reason"], data["target_space"]
        )
        messages.success(request, _("Se registró la acción de moderación."))
        return redirect(thread)
    return render(request, "community/moderate_thread.html", {"form": form, "thread": thread})


@login_keeping_draft
def hide_post(request, pk):
    post = readable_post(request.user, pk)
    require(can_moderate(request.user, post.thread.space))
    form = ReasonForm(request.POST or None, initial=pop_draft(request))
    if request.method == "POST" and form.is_valid():
        moderating.hide_post(request.user, post, form.cleaned_data["reason"])
        messages.success(request, _("Se ocultó la publicación."))
        return redirect(post.get_absolute_url())
    context = {"form": form, "post": post, "title": _("Ocultar publicación")}
    return render(request, "community/reason_form.html", context)


@require_POST
@login_required
def approve_post(request, pk):
    post = readable_post(request.user, pk)
    require(can_moderate(request.user, post.thread.space))
    moderating.approve_post(request.user, post)
    messages.success(request, _("Se aprobó la publicación."))
    return redirect("community:moderation", post.thread.space_id)


@require_POST
@login_required
def reject_post(request, pk):
    """Turn down a post waiting for approval, with a reason its author receives."""
    post = readable_post(request.user, pk)
    require(can_moderate(request.user, post.thread.space))
    form = ReasonForm(request.POST)
    if post.approved or post.hidden:
        messages.error(request, _("Esta publicación ya no espera aprobación."))
    elif form.is_valid():
        moderating.reject_post(request.user, post, form.cleaned_data["reason"])
        messages.success(request, _("Se rechazó la publicación; su autor recibirá el motivo."))
    else:
        messages.error(request, _("Escriba el motivo del rechazo: su autor lo recibirá."))
    return redirect("community:moderation", post.thread.space_id)


@login_keeping_draft
def flag_post(request, pk):
    post = readable_post(request.user, pk)
    require(can_post(request.user, post.thread.space) and post.author_id != request.user.pk)
    form = ReasonForm(request.POST or None, initial=pop_draft(request))
    status = form_status(request, form, limit="flag")
    if status is None:
        moderating.flag(request.user, post, form.cleaned_data["reason"])
        messages.success(request, _("Gracias. Los moderadores revisarán la publicación."))
        return redirect(post.get_absolute_url())
    context = {"form": form, "post": post, "title": _("Denunciar publicación")}
    return render(request, "community/reason_form.html", context, status=status)
