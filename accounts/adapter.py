"""How django-allauth fits Red ATT: its e-mails leave through `core.mail` (the task worker), its
messages speak Spanish, and failed logins count per account.

Mail is queued, never sent in the request, so signing up or asking for a new password takes as
long whether or not the address belongs to an account. Failed logins count against the account
that the typed username or e-mail names, so switching between the two does not double an
attacker's guesses; a login that names no account counts against what was typed.
"""

import math
import time

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context, ratelimit
from allauth.core.internal import ratelimit as limits

from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import links, mail

LOCKED_MESSAGE = _(
    "Demasiados intentos fallidos de ingreso. Por seguridad, el ingreso a esta cuenta queda "
    "bloqueado por un tiempo (hasta una hora). Puede crear una contraseña nueva con «¿Ha olvidado "
    "su contraseña?» o pedir a un administrador de Red ATT que desbloquee la cuenta."
)


def connection_message(minutes):
    """Failed logins from one address (a municipal office or a workshop shares one) reached
    their limit: no account is locked, this connection waits."""
    return ngettext(
        "Llegaron demasiados intentos fallidos de ingreso desde esta conexión (la red de su "
        "oficina puede compartirla con otras personas). Su cuenta no está bloqueada: intente de "
        "nuevo en %(minutes)d minuto.",
        "Llegaron demasiados intentos fallidos de ingreso desde esta conexión (la red de su "
        "oficina puede compartirla con otras personas). Su cuenta no está bloqueada: intente de "
        "nuevo en %(minutes)d minutos.",
        minutes,
    ) % {"minutes": minutes}


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": LOCKED_MESSAGE,
        "rate_limited": _(
            "Recibimos demasiadas solicitudes seguidas. Espere unos minutos e intente de nuevo."
        ),
    }

    def send_mail(self, template_prefix, email, context_data):
        request = context.request
        message = self.render_mail(
            template_prefix,
            email,
            {
                "request": request,
                "email": email,
                "current_site": get_current_site(request),
                **context_data,
                **site_links(context_data),
            },
        )
        mail.send(message.subject, message.body, message.to)

    def pre_authenticate(self, request, **credentials):
        # allauth says "too many login attempts" whichever limit was reached: the address's
        # ("20/m/ip") is told apart here, before the account's limits are counted.
        wait = connection_wait(request)
        if wait:
            raise ValidationError(connection_message(math.ceil(wait / 60)))
        super().pre_authenticate(request, **credentials)

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth's hook for the key `login_failed` rate limits count under (also cleared by a
        # password reset): the account, when the typed login names one.
        typed = credentials.get("email") or credentials.get("username") or ""
        user = account_named(typed)
        if user is None:
            return super()._get_login_attempts_cache_key(request, **credentials)
        return login_attempts_key(user)


def connection_wait(request):
    """Seconds until this address may try to log in again, or 0: its failed-login limits
    ("…/ip" in ACCOUNT_RATE_LIMITS["login_failed"]) have room."""
    if request.method == "GET":
        return 0
    wait = 0
    now = time.time()
    for rate in limits.get_rates(app="allauth.account", action="login_failed"):
        if rate.per != "ip":
            continue
        key = limits.get_cache_key(request, app="allauth.account", action="login_failed", rate=rate)
        history = [at for at in cache.get(key, []) if at > now - rate.duration]  # newest first
        if len(history) >= rate.amount:
            wait = max(wait, history[rate.amount - 1] + rate.duration - now)
    return wait


def site_links(context_data):
    """allauth builds its links (confirmation, password reset, sign-up) from the request's own
    address; the e-mail carries them on the site's root, as every other e-mail does."""
    return {
        key: links.rebase(value)
        for key, value in context_data.items()
        if key.endswith("_url") and isinstance(value, str) and value
    }


def account_named(login):
    """The account a login form's username-or-e-mail names, if any."""
    if not login:
        return None
    users = get_user_model().objects.filter(Q(username__iexact=login) | Q(email__iexact=login))
    return users.order_by("pk").first()


def login_attempts_key(user):
    return f"account:{user.pk}"


def unlock_login(request, user):
    """Forget the account's failed logins: it may sign in again at once."""
    ratelimit.clear(request, action="login_failed", key=login_attempts_key(user))
