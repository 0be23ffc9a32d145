"""Habeas data views: the policy's stable address, accepting a new version, and "Mis datos" (see,
download, correct, withdraw consent, delete the account). Each acts on `request.user` alone: no
URL names another member, so nobody can reach someone else's data."""

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from core.csv_response import streamed_csv

from . import consent, data_rights
from .middleware import SESSION_FLAG
from .policy import PolicyVersion, PrivacyPolicyPage


def policy(request):
    """The policy's stable address (sign-up, footer): the published page, or while editors have
    not published one, the current version's text."""
    page = PrivacyPolicyPage.objects.live().first()
    if page is not None:
        return redirect(page.url)
    return render(
        request, "accounts/policy_fallback.html", {"version": PolicyVersion.objects.current()}
    )


class AcceptPolicyForm(forms.Form):
    accept = forms.BooleanField(
        required=True,
        label=consent.accept_policy_label(),
        error_messages={"required": gettext_lazy("Marque la casilla para continuar.")},
    )


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


@login_required
def accept_policy(request):
    current = PolicyVersion.objects.current()
    accepted = request.user.profile.policy_version_accepted
    form = AcceptPolicyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consent.accept_policy(request.user, source="reaceptacion")
        request.session.pop(SESSION_FLAG, None)
        messages.success(request, _("Gracias. Quedó registrada su aceptación."))
        return redirect(_safe_next(request, "/"))
    # What changed since the version the member accepted (all of it, for a first acceptance).
    changes = (
        PolicyVersion.objects.filter(number__gt=accepted or 0)
        .exclude(changes_summary="")
        .latest_first()
    )
    seen, summaries = set(), []
    for version in changes:
        if version.number not in seen:  # the latest publication of each number
            seen.add(version.number)
            summaries.append(version)
    context = {
        "form": form,
        "current": current,
        "accepted": accepted,
        "summaries": summaries,
        "next": _safe_next(request, ""),
    }
    return render(request, "accounts/accept_policy.html", context)


@login_required
def my_data(request):
    context = {
        "sections": data_rights.collect(request.user),
        "profile": request.user.profile,
        "policy_version": PolicyVersion.objects.current(),
    }
    return render(request, "accounts/my_data.html", context)


def _filename(user, extension):
    return f"mis-datos-red-att-{timezone.localdate():%Y-%m-%d}.{extension}"


@login_required
def my_data_json(request):
    response = JsonResponse(
        data_rights.as_json(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(request.user, "json")}"'
    return response


@login_required
def my_data_csv(request):
    rows = data_rights.csv_rows(request.user)
    return streamed_csv(rows, _filename(request.user, "csv"), for_spreadsheets=True)


@login_required
@require_POST
def public_identity(request):
    granted = request.POST.get("show_identity") == "1"
    consent.set_public_identity(request.user, granted, source="mis-datos")
    if granted:
        messages.success(request, _("Desde ahora su nombre y su entidad se muestran al público."))
    else:
        messages.success(
            request, _("Desde ahora se muestra «Miembro de Red ATT» en vez de su nombre.")
        )
    return redirect("accounts:my_data")


@login_required
@require_POST
def withdraw_consent(request):
    consent.withdraw_policy_consent(request.user)
    logout(request)
    messages.info(
        request,
        _(
            "Retiró su autorización y cerramos su sesión. Su cuenta queda suspendida: no tratamos "
            "sus datos para nada más. Si vuelve a ingresar, se le pedirá aceptar la política; "
            "si prefiere que borremos sus datos, ingrese y elimine su cuenta en «Mis datos»."
        ),
    )
    return redirect("/")


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Su contraseña"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        required=True,
        label=gettext_lazy("Entiendo que la eliminación es definitiva y no se puede deshacer."),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("La contraseña no es correcta."))
        return password


@login_required
@sensitive_post_parameters("password")
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data_rights.delete_account(request.user)
        logout(request)
        messages.success(
            request,
            _("Eliminamos su cuenta y sus datos personales. Gracias por participar en Red ATT."),
        )
        return redirect("/")
    context = {
        "form": form,
        "kept_records": data_rights.kept_records(request.user),
    }
    return render(request, "accounts/delete_account.html", context)
