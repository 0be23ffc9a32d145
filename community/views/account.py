"""The member's own community page: their notices, spaces and shared practices (the e-mail
preference and the unsubscribe link are the notifications app's)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone

from notifications.models import Notification

from ..models import Membership


@login_required
def notifications(request):
    items = Notification.objects.filter(recipient=request.user)
    page = Paginator(items, 30).get_page(request.GET.get("page"))
    unread_ids = [n.pk for n in page if n.read_at is None]
    context = {
        "notifications": page,
        "unread_ids": set(unread_ids),
        "memberships": Membership.objects.filter(user=request.user).select_related("space"),
        "practice_threads": request.user.threads.filter(practice__isnull=False).select_related(
            "practice", "space"
        ),
    }
    response = render(request, "community/notifications.html", context)
    Notification.objects.filter(pk__in=unread_ids).update(read_at=timezone.now())
    return response
