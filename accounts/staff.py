"""Staff accounts: who they are, the two-factor step they must set up, their shorter sessions.

Staff are the accounts that can open the admin (`wagtailadmin.access_admin`: editors, training
publishers, moderators) or serve on a jury (`meeting.serve_on_jury`), and superusers; permissions
decide, never group names. Before the admin or the jury pages open, a staff account must enrol an
authenticator app (TOTP, django-allauth's MFA, which also gives recovery codes); from then on
allauth asks for its code at every login. Members may opt in from their profile.
"""

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

STAFF_PERMISSIONS = ("wagtailadmin.access_admin", "meeting.serve_on_jury")
# Where the enrolment page's "continue" link goes back to (templates/mfa/recovery_codes/).
RETURN_SESSION_KEY = "accounts_two_factor_return_to"


def is_staff_account(user):
    return user.is_authenticated and (
        user.is_superuser or any(user.has_perm(name) for name in STAFF_PERMISSIONS)
    )


def has_authenticator_app(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def staff_only_paths():
    return (reverse("wagtailadmin_home"), reverse("meeting:jury_assignments"))


class StaffTwoFactorMiddleware:
    """Sends a staff account without an authenticator app from the admin and the jury pages to
    the page that sets one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info.startswith(staff_only_paths())
            and is_staff_account(request.user)
            and not has_authenticator_app(request.user)
        ):
            messages.warning(
                request,
                _(
                    "Para entrar a la administración o a las páginas del jurado, su cuenta "
                    "necesita la verificación en dos pasos. Configure una aplicación de "
                    "autenticación en su teléfono (por ejemplo Google Authenticator, Microsoft "
                    "Authenticator o FreeOTP) y guarde sus códigos de recuperación."
                ),
            )
            request.session[RETURN_SESSION_KEY] = request.get_full_path()
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def limit_staff_session(request, user):
    """Staff sessions last STAFF_SESSION_COOKIE_AGE (8 h), members' SESSION_COOKIE_AGE."""
    if user is not None and is_staff_account(user):
        request.session.set_expiry(settings.STAFF_SESSION_COOKIE_AGE)


def current_code(secret, at):
    """The six-digit code an authenticator app shows for `secret` at Unix time `at`."""
    return format_hotp_value(hotp_value(secret, int(at) // mfa_settings.TOTP_PERIOD))
