"""After login, a member who has not accepted the current policy version sees the acceptance page
before anything else.

The check runs once, at login (`signals.check_policy_at_login`), and leaves a flag in the
session; this middleware only reads the flag, so ordinary requests cost no query. While the flag
is set the member may still read the policy, use "Mis datos" (to download their data or delete the
account instead of accepting), log out and load static files. A version published while a member
is signed in applies from their next login (Decreto 1377 de 2013, art. 5: substantive changes are
communicated before they apply, and a change of purpose needs a new authorisation).
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve

from .consent import needs_policy_acceptance

SESSION_FLAG = "policy_acceptance_pending"
# Views a member may use before accepting (allauth's logout included, whichever is installed).
ALLOWED_VIEWS = {
    "accounts:logout",
    "accounts:logout_everywhere",
    "account_logout",
    "accounts:policy",
    "accounts:accept_policy",
    "accounts:my_data",
    "accounts:my_data_json",
    "accounts:my_data_csv",
    "accounts:public_identity",
    "accounts:withdraw_consent",
    "accounts:delete_account",
}


def _is_allowed(request):
    path = request.path_info
    if path.startswith((settings.STATIC_URL or "/static/", settings.MEDIA_URL or "/media/")):
        return True
    try:
        if resolve(path).view_name in ALLOWED_VIEWS:
            return True
    except Resolver404:
        pass
    from .policy import PrivacyPolicyPage

    page = PrivacyPolicyPage.objects.live().first()
    return page is not None and path == page.url


class PolicyAcceptanceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.get(SESSION_FLAG) and not _is_allowed(request):
            user = request.user
            if not user.is_authenticated:
                session.pop(SESSION_FLAG, None)
            elif not needs_policy_acceptance(user):
                # Accepted in another session, or consent recorded just after login (sign-up).
                session.pop(SESSION_FLAG, None)
            else:
                return accept_redirect(request)
        return self.get_response(request)


def accept_redirect(request):
    """To the acceptance page, coming back afterwards to the page asked for (GET only)."""
    target = request.get_full_path() if request.method == "GET" else "/"
    return redirect_to_login(target, login_url="accounts:accept_policy")
