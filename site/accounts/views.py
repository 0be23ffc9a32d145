"""Account views: thin wrappers over Django's auth views plus sign-up and the profile page."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from .forms import ProfileForm, SignUpForm
from .roles import MEMBERS


@sensitive_post_parameters("password1", "password2")
def signup(request):
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        user.groups.add(Group.objects.get(name=MEMBERS))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("¡Bienvenido a Red ATT! Su cuenta está lista."))
        return redirect("accounts:profile")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user.profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Perfil actualizado."))
        return redirect("accounts:profile")
    roles = request.user.groups.order_by("name").values_list("name", flat=True)
    return render(request, "accounts/profile.html", {"form": form, "roles": list(roles)})
