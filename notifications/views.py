"""The member's e-mail preference, and the unsubscribe link of every e-mail."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from .forms import EmailPreferenceForm
from .models import EmailPreference
from .notify import UNSUBSCRIBE_MAX_AGE, stop_emails, user_from_unsubscribe_token


@login_required
def preferences(request):
    instance, _created = EmailPreference.objects.get_or_create(user=request.user)
    form = EmailPreferenceForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Se guardó su preferencia de correo."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


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
    template = "notifications/unsubscribe.html"
    try:
        user = user_from_unsubscribe_token(token)
    except signing.SignatureExpired:
        context = {"state": "expired", "days": UNSUBSCRIBE_MAX_AGE.days}
        return render(request, template, context, status=410)
    except signing.BadSignature:
        return render(request, template, {"state": "invalid"}, status=400)
    if request.method == "POST":
        stop_emails(user)
        return render(request, template, {"state": "done"})
    return render(request, template, {"state": "confirm"})
