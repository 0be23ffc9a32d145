"""Account views of the project's own: the profile page and signing out on every device. Sign-up,
login, password, e-mail and two-factor pages are django-allauth's (urls.py)."""

from allauth.account.adapter import get_adapter as get_account_adapter
from allauth.usersessions.adapter import get_adapter as get_usersessions_adapter
from allauth.usersessions.models import UserSession

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user.profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Perfil actualizado."))
        return redirect("accounts:profile")
    roles = request.user.groups.order_by("name").values_list("name", flat=True)
    return render(request, "accounts/profile.html", {"form": form, "roles": list(roles)})


@require_POST
@login_required
def logout_everywhere(request):
    """Sign out on every device ("Cerrar sesión en todos los dispositivos"): every session of
    the account ends, this one too."""
    get_usersessions_adapter().end_sessions(UserSession.objects.filter(user=request.user))
    get_account_adapter().logout(request)
    messages.success(request, _("Cerró la sesión en todos los dispositivos."))
    return redirect("/")
