"""Lookups every community view shares: they answer 404 to whoever may not read, never 403."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

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
