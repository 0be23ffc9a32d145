"""The unread-notices badge in every page's header, counted only when a template shows it."""

from functools import cached_property

from notifications.models import Notification


class NoticeBadge:
    """The member's unread count: one query, the first time a template asks, then remembered
    for the rest of the request."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def count(self):
        return Notification.objects.filter(recipient=self.user, read_at__isnull=True).count()


def notice_badge(request):
    """Anonymous visitors get no badge at all (and cost no query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"notice_badge": NoticeBadge(user)}
