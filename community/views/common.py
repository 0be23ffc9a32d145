"""Lookups every community view shares: they answer 404 to whoever may not read, never 403."""

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from ..models import Post, SpacePage
from ..permissions import can_read_space, visible_posts, visible_threads


def readable_space(user, pk):
    space = get_object_or_404(SpacePage.objects.live(), pk=pk)
    if not can_read_space(user, space):
        raise Http404
    return space


def readable_thread(user, pk):
    return get_object_or_404(visible_threads(user).select_related("space", "author"), pk=pk)


def readable_post(user, pk):
    post = get_object_or_404(Post.objects.select_related("thread__space", "author"), pk=pk)
    readable_thread(user, post.thread_id)
    if not visible_posts(user, post.thread).filter(pk=post.pk).exists():
        raise Http404
    return post


def require(allowed):
    """For actions on content the user can already read; unreadable content was a 404 before."""
    if not allowed:
        raise PermissionDenied


RATE_LIMITS = {
    # name: (django-ratelimit group, setting with the rate, message shown above the form)
    "post": (
        "community-post",
        "COMMUNITY_POST_RATE",
        _("Publicó muchos mensajes seguidos. Espere un minuto e intente de nuevo."),
    ),
    "flag": (
        "community-flag",
        "COMMUNITY_FLAG_RATE",
        _("Envió muchas denuncias seguidas. Espere un minuto e intente de nuevo."),
    ),
    # "¿Quién ya lo resolvió?" asks as the member types a title; its script shows no message.
    "similar": ("community-similar", "COMMUNITY_SIMILAR_RATE", ""),
}


def over_limit(request, limit):
    """True once the user has gone past the rate of `limit` (counting this request)."""
    group, rate_setting, _message = RATE_LIMITS[limit]
    return is_ratelimited(
        request, group=group, key="user", rate=getattr(settings, rate_setting), increment=True
    )


def form_status(request, form, limit=None):
    """None when a POSTed form may be acted on; else the status to show it again with, text kept.

    Rate limits count per user (django-ratelimit, on the shared cache) and only on POST.
    """
    if request.method != "POST":
        return 200
    if limit and over_limit(request, limit):
        form.add_error(None, RATE_LIMITS[limit][2])
        return 429
    return None if form.is_valid() else 400
