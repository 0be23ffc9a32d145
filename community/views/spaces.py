"""The community index and the spaces (what their pages show, core.routing); joining, leaving
and following spaces; moderators approve requests to join private ones."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import moderating, posting
from ..invitations import invitation_is_valid, space_from_invitation
from ..models import Membership, SpacePage
from ..permissions import can_moderate, can_post, membership_of, visible_spaces, visible_threads
from .common import readable_space, require


def index_context(request, index):
    """The spaces the person may read, and the latest conversations among them."""
    threads = visible_threads(request.user).with_listing_data().order_by("-last_activity")
    return {
        "spaces": visible_spaces(request.user).child_of(index).specific(),
        "latest_threads": threads[:10],
    }


def space_context(request, space):
    """A space's conversations, pinned first, and what the person may do in it."""
    threads = visible_threads(request.user).filter(space=space).with_listing_data()
    threads = threads.with_unread_for(request.user).order_by("-pinned", "-last_activity")
    paginator = Paginator(threads, settings.COMMUNITY_THREADS_PER_PAGE)
    return {
        "threads": paginator.get_page(request.GET.get("page")),
        "membership": membership_of(request.user, space),
        "can_post": can_post(request.user, space),
        "can_moderate": can_moderate(request.user, space),
        "following": posting.is_following(request.user, space=space),
    }


@require_POST
@login_required
def join(request, pk):
    space = get_object_or_404(SpacePage.objects.live(), pk=pk)
    if space.is_private and not invitation_is_valid(space, request.POST.get("invitacion", "")):
        raise Http404  # without the invitation a moderator shared, the space does not exist
    membership = posting.join(request.user, space)
    if membership.is_active:
        messages.success(request, _("Ya es miembro de «%(space)s».") % {"space": space.title})
        return redirect(space.url)
    messages.info(request, _("Se envió su solicitud. Un moderador la revisará."))
    return redirect("community:notifications")


@login_required
def invitation(request, token):
    """The link a moderator shares: a page with the button that requests to join."""
    space = space_from_invitation(token)
    context = {"space": space, "token": token}
    return render(request, "community/invitation.html", context)


@require_POST
@login_required
def leave(request, pk):
    space = get_object_or_404(SpacePage.objects.live(), pk=pk)
    posting.leave(request.user, space)
    messages.success(request, _("Salió de «%(space)s».") % {"space": space.title})
    return redirect(space.get_parent().url)


@require_POST
@login_required
def follow(request, pk):
    space = readable_space(request.user, pk)
    require(can_post(request.user, space))
    following = posting.toggle_follow(request.user, space=space)
    messages.success(
        request, _("Ahora sigue este espacio.") if following else _("Dejó de seguir este espacio.")
    )
    return redirect(space.url)


@require_POST
@login_required
def approve_membership(request, pk):
    membership = get_object_or_404(Membership.objects.select_related("space", "user"), pk=pk)
    space = readable_space(request.user, membership.space_id)
    require(can_moderate(request.user, space))
    moderating.approve_membership(request.user, membership)
    messages.success(request, _("Se aprobó la solicitud de %(user)s.") % {"user": membership.user})
    return redirect("community:moderation", space.pk)
