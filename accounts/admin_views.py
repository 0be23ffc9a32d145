"""Admin view: unlock an account locked by failed logins (Usuarios › ⋯ › Desbloquear ingreso)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from .adapter import unlock_login

UNLOCK_PERMISSION = "auth.change_user"  # whoever may edit users in the admin


@permission_required(UNLOCK_PERMISSION, raise_exception=True)
def unlock(request, user_id):
    """GET asks, POST forgets the account's failed logins: it may sign in again at once."""
    account = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        unlock_login(request, account)
        messages.success(
            request, _("La cuenta %(name)s puede volver a ingresar.") % {"name": account}
        )
        return redirect("wagtailusers_users:index")
    return render(request, "accounts/admin/unlock.html", {"account": account})
