"""The member's own community pages: notifications, email preference, unsubscribe links."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from ..forms import EmailPreferenceForm
from ..models import EmailPreference, Membership, Notification
from ..notify import UNSUBSCRIBE_MAX_AGE, stop_emails, user_from_unsubscribe_token


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


@csrf_exempt  # for the mail provider's one-click POST only; the page's own form is checked below
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """The link in every e-mail. Opening it only asks, because mail scanners open links; the
    page's button (CSRF-checked) or the mail provider's RFC 8058 one-click POST, which comes
    with no session or CSRF cookie and is authorised by the signed token alone, unsubscribes.
    """
    if request.method == "POST" and request.POST.get("List-Unsubscribe") == "One-Click":
        return unsubscribe_with_link(request, token)
    return csrf_protect(unsubscribe_with_link)(request, token)


def unsubscribe_with_link(request, token):
    try:
        user = user_from_unsubscribe_token(token)
    except signing.SignatureExpired:
        context = {"state": "expired", "days": UNSUBSCRIBE_MAX_AGE.days}
        return render(request, "community/unsubscribe.html", context, status=410)
    except signing.BadSignature:
        return render(request, "community/unsubscribe.html", {"state": "invalid"}, status=400)
    if request.method == "POST":
        stop_emails(user)
        return render(request, "community/unsubscribe.html", {"state": "done"})
    return render(request, "community/unsubscribe.html", {"state": "confirm"})
