"""Consent under Ley 1581 de 2012 / Decreto 1377 de 2013: the sign-up form mixin, and the one place
consents are recorded, withdrawn and read.

Consent is prior, express and informed: both boxes start unticked and nothing is assumed. Every
grant and every withdrawal is a new `Consent` row (the proof: which policy text and version, which
words the member ticked, when); `Profile.public_identity` and `Profile.policy_version_accepted`
mirror the latest rows so pages can honour them without reading the log.
"""

from django import forms
from django.db import transaction
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

ACCEPT_POLICY_TEXT = _("He leído y acepto la Política de tratamiento de datos personales")
SHOW_IDENTITY_TEXT = _("Autorizo mostrar mi nombre y entidad en mis publicaciones y perfil")

# Sent with `user=` when a member withdraws consent to the policy; whatever mails members listens
# (notifications: no more e-mails), so this ground module depends on none of them.
policy_consent_withdrawn = Signal()


def _accept_policy_label():
    # The link goes to a stable URL that serves the published policy page, or the current
    # version's text while no page is published, so it works on an empty site too.
    return format_html(
        '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
        gettext("He leído y acepto la"),
        reverse("accounts:policy"),
        gettext("Política de tratamiento de datos personales"),
    )


accept_policy_label = lazy(_accept_policy_label, SafeString)


class SignUpConsentMixin(forms.Form):
    """Add to a sign-up form: the required policy box and the optional public-identity box.

    `class SignupForm(SignUpConsentMixin, ...)`; after the user is saved, call
    `form.record_consent(user)` (or `record_signup_consent` directly). `signup(request, user)`
    does the same, so the mixin also serves as django-allauth's `ACCOUNT_SIGNUP_FORM_CLASS`.
    """

    accept_policy = forms.BooleanField(
        required=True,
        initial=False,
        label=accept_policy_label(),
        label_suffix="",
        help_text=_(
            "Obligatoria. El enlace abre la política en otra pestaña, sin perder lo que escribió. "
            "Dice qué datos tratamos, para qué, y cómo consultarlos, corregirlos o borrarlos."
        ),
        error_messages={
            "required": _(
                "Para crear la cuenta debe leer y aceptar la Política de tratamiento de "
                "datos personales."
            )
        },
    )
    show_identity = forms.BooleanField(
        required=False,
        initial=False,
        label=SHOW_IDENTITY_TEXT,
        label_suffix="",
        help_text=_(
            "Opcional. Si no lo autoriza, en lugar de su nombre se mostrará «Miembro de Red ATT». "
            "Puede cambiarlo cuando quiera en «Mis datos»."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The consent boxes go last, after the data they are about.
        for name in ("accept_policy", "show_identity"):
            self.fields[name] = self.fields.pop(name)

    def record_consent(self, user):
        return record_signup_consent(user, show_identity=self.cleaned_data.get("show_identity"))

    def signup(self, request, user):
        self.record_consent(user)


def _models():
    from .models import Profile
    from .policy import Consent, PolicyVersion

    return Consent, PolicyVersion, Profile


def _update_profile(user, **values):
    Consent, PolicyVersion, Profile = _models()
    profile, _created = Profile.objects.update_or_create(user=user, defaults=values)
    user.profile = profile  # the caller's user object sees the new state too


@transaction.atomic
def record_signup_consent(user, *, show_identity: bool, source="registro"):
    """Store the member's consent to the current policy version, and their public-identity choice
    (recorded either way: a "no" is also the member's express answer)."""
    accept_policy(user, source=source)
    set_public_identity(user, bool(show_identity), source=source)


@transaction.atomic
def accept_policy(user, *, source="reaceptacion"):
    Consent, PolicyVersion, Profile = _models()
    version = PolicyVersion.objects.current()
    consent = Consent.objects.create(
        user=user,
        kind=Consent.Kind.POLICY,
        granted=True,
        policy_version=version,
        text=str(ACCEPT_POLICY_TEXT),
        source=source,
        created_at=timezone.now(),
    )
    _update_profile(user, policy_version_accepted=version.number)
    return consent


@transaction.atomic
def set_public_identity(user, granted: bool, *, source="mis-datos"):
    Consent, PolicyVersion, Profile = _models()
    consent = Consent.objects.create(
        user=user,
        kind=Consent.Kind.PUBLIC_IDENTITY,
        granted=granted,
        policy_version=PolicyVersion.objects.current(),
        text=str(SHOW_IDENTITY_TEXT),
        source=source,
        created_at=timezone.now(),
    )
    _update_profile(user, public_identity=granted)
    return consent


@transaction.atomic
def withdraw_policy_consent(user):
    """Record the withdrawal; the caller then ends the session (the account cannot continue)."""
    Consent, PolicyVersion, Profile = _models()
    Consent.objects.create(
        user=user,
        kind=Consent.Kind.POLICY,
        granted=False,
        policy_version=PolicyVersion.objects.current(),
        text=str(_("Retiro la autorización para el tratamiento de mis datos personales")),
        source="mis-datos",
        created_at=timezone.now(),
    )
    _update_profile(user, policy_version_accepted=None)
    # Processing stops: the name leaves public pages and no more e-mails are sent.
    if Profile.objects.filter(user=user, public_identity=True).exists():
        set_public_identity(user, False, source="mis-datos")
    policy_consent_withdrawn.send(sender=withdraw_policy_consent, user=user)


def needs_policy_acceptance(user):
    """True when a signed-in member has not accepted the current policy version."""
    if not user.is_authenticated:
        return False
    Consent, PolicyVersion, Profile = _models()
    accepted = Profile.objects.filter(user=user).values_list("policy_version_accepted", flat=True)
    accepted = next(iter(accepted), None)
    return accepted is None or accepted < PolicyVersion.objects.current_number()
