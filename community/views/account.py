"""The member's own community pages: notifications, email preference, one-click unsubscribe."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from ..forms import EmailPreferenceForm
from ..models import EmailPreference, Membership, Notification
from ..notify import user_from_unsubscribe_token


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


@login_required
def preferences(request):
    instance, _created = EmailPreference.objects.get_or_create(user=request.user)
    form = EmailPreferenceForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Se guardó su preferencia de correo."))
        return redirect("community:preferences")
    return render(request, "community/preferences.html", {"form": form})


@csrf_exempt  # mail clients' one-click unsubscribe (RFC 8058) POSTs without a CSRF token
def unsubscribe(request, token):
    """One click, no login: the signed token names the member."""
    user = user_from_unsubscribe_token(token)
    if user is not None:
        EmailPreference.objects.update_or_create(
            user=user, defaults={"frequency": EmailPreference.Frequency.NONE}
        )
    status = 200 if user else 400
    return render(request, "community/unsubscribed.html", {"ok": user is not None}, status=status)
