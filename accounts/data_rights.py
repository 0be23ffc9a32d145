"""The holder's rights over their data (Ley 1581 de 2012, art. 8): see and download everything held
about a member, and delete the account.

`collect(user)` is the one inventory of personal data, area by area; "Mis datos", the JSON and the
CSV downloads all read it, so what the member sees is what they download. Accounts holds the
account, profile, consents, sign-in data and page ownership; every other app registers its own
share (`register`, from its `personal_data.py`), so this module knows no app above it. A new model
holding member data belongs in its app's registration (`tests/site/test_data_rights.py` checks
every relation to the user model is listed by `inventoried()`).

`delete_account(user)` leaves nothing that identifies the member. What is kept, and why, is in the
README ("Datos personales"): posts and threads without author ("Miembro retirado"), nominations
and published practices as records of a public call, jury scores under an anonymised account.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from wagtail.models import Page

from core import mail

from .models import Profile
from .policy import Consent

RETIRED = "Miembro retirado"
RETIRED_MENTION = "@miembro-retirado"


@dataclass
class Section:
    key: str  # the JSON key and the CSV's first column
    title: str  # what "Mis datos" shows
    data: object  # a dict (one record) or a list of dicts


@dataclass(frozen=True)
class Holding:
    """One app's share of what is held about members."""

    position: int  # where its sections come in "Mis datos"
    sections: Callable  # user -> [Section]
    forget: Callable  # user -> None: deletes, or keeps unattributed, what identifies the member
    relations: frozenset  # "app_label.Model.field": the relations to the user it accounts for
    kept_records: Callable = field(default=lambda user: [])  # user -> [why the account stays]


_holdings = []


def register(*, position, sections, forget, relations, **options):
    """Called once by each app holding member data (from its AppConfig.ready)."""
    _holdings.append(Holding(position, sections, forget, frozenset(relations), **options))
    _holdings.sort(key=lambda holding: holding.position)


def when(value):
    """A moment in local time: "Mis datos" writes it as the site writes dates, the downloads in
    ISO 8601 (`plain`)."""
    return timezone.localtime(value) if value else None


def plain(value):
    """A value as the JSON download holds it: moments in ISO 8601, to the second."""
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value


def _plain_data(data):
    if isinstance(data, dict):
        return {key: plain(value) for key, value in data.items()}
    return [_plain_data(record) for record in data]


def _account(user):
    return {
        "usuario": user.username,
        "nombres": user.first_name,
        "apellidos": user.last_name,
        "correo": user.email,
        "registrado_el": when(user.date_joined),
        "ultimo_ingreso": when(user.last_login),
        "roles": ", ".join(user.groups.order_by("name").values_list("name", flat=True)),
    }


def _profile(user):
    profile, _created = Profile.objects.select_related(
        "entity", "department", "municipality"
    ).get_or_create(user=user)
    return {
        "entidad": str(profile.entity or ""),
        "otra_entidad": profile.entity_other,
        "cargo": profile.position,
        "departamento": str(profile.department or ""),
        "municipio": str(profile.municipality or ""),
        "muestra_nombre_y_entidad": profile.public_identity,
        "version_de_la_politica_aceptada": profile.policy_version_accepted,
    }


def _consents(user):
    return [
        {
            "autorizacion": consent.get_kind_display(),
            "otorgada": consent.granted,
            "version_de_la_politica": consent.policy_version.number
            if consent.policy_version
            else None,
            "texto": consent.text,
            "donde": consent.source,
            "fecha": when(consent.created_at),
        }
        for consent in Consent.objects.filter(user=user).select_related("policy_version")
    ]


def _pages(user):
    return [
        Section("paginas", _("Páginas que creó (por ejemplo, buenas prácticas compartidas)"), [
            {"titulo": page.title, "publicada": page.live, "enlace": page.url or ""}
            for page in Page.objects.filter(owner=user).specific().order_by("pk")
        ]),
    ]  # fmt: skip


def _sign_in(user):
    """What django-allauth holds: addresses, sign-in sessions, second factors (never secrets)."""
    sections = []
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        sections.append(
            Section(
                "correos",
                _("Correos electrónicos"),
                [
                    {"correo": a.email, "verificado": a.verified, "principal": a.primary}
                    for a in EmailAddress.objects.filter(user=user)
                ],
            )
        )
    if apps.is_installed("allauth.usersessions"):
        from allauth.usersessions.models import UserSession

        sections.append(
            Section(
                "sesiones",
                _("Sesiones abiertas"),
                [
                    {
                        "desde": when(s.created_at),
                        "ultima_actividad": when(s.last_seen_at),
                        "ip": s.ip,
                        "navegador": s.user_agent,
                    }
                    for s in UserSession.objects.filter(user=user)
                ],
            )
        )
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        sections.append(
            Section(
                "verificacion",
                _("Verificación en dos pasos"),
                [
                    {
                        "tipo": a.get_type_display(),
                        "creado_el": when(a.created_at),
                        "ultimo_uso": when(a.last_used_at),
                    }
                    for a in Authenticator.objects.filter(user=user)
                ],
            )
        )
    return sections


def collect(user):
    """Every piece of personal data held about `user`, as sections."""
    return [
        Section("cuenta", _("Cuenta"), _account(user)),
        Section("perfil", _("Perfil"), _profile(user)),
        Section("autorizaciones", _("Autorizaciones"), _consents(user)),
        *_sign_in(user),
        *(section for holding in _holdings for section in holding.sections(user)),
        *_pages(user),
    ]


def as_json(user):
    data = {"generado_el": plain(when(timezone.now()))}
    data.update({section.key: _plain_data(section.data) for section in collect(user)})
    return data


def csv_value(value):
    """A value as the CSV shows it to a person: yes and no in Spanish, nothing for None."""
    if isinstance(value, bool):
        return _("Sí") if value else _("No")
    return "" if value is None else plain(value)


def csv_rows(user):
    """One CSV for everything: section, item number (lists), field, value (the JSON keeps true
    and false)."""
    yield ("seccion", "elemento", "campo", "valor")
    for section in collect(user):
        records = [section.data] if isinstance(section.data, dict) else section.data
        for number, record in enumerate(records, start=1):
            item = "" if isinstance(section.data, dict) else number
            for field_name, value in record.items():
                yield (section.key, item, field_name, csv_value(value))


# Relations to the user model held here; django-allauth's are listed by `_sign_in` and deleted
# with the user (CASCADE).
OWN_RELATIONS = {
    "accounts.Profile.user", "accounts.Consent.user",
    "account.EmailAddress.user", "mfa.Authenticator.user", "usersessions.UserSession.user",
}  # fmt: skip


def inventoried():
    """Every relation to the user model accounted for, here and by the apps' holdings."""
    return OWN_RELATIONS.union(*(holding.relations for holding in _holdings))


def kept_records(user):
    """Why the account must stay (anonymised) instead of being deleted; empty if nothing."""
    return [reason for holding in _holdings for reason in holding.kept_records(user)]


@transaction.atomic
def delete_account(user):
    """Delete the member's account and everything identifying; returns "deleted" or "anonymised"
    (a juror's scores and their place on past juries stay, under an account with no name,
    e-mail or password that cannot log in)."""
    # Highest positions first: an app may notify others while it lets go (training gives a freed
    # seat to the first person waiting) before the inbox forgets what names the member.
    for holding in reversed(_holdings):
        holding.forget(user)
    _forget_mail(user)
    Page.objects.filter(owner=user).update(owner=None)
    Consent.objects.filter(user=user).delete()
    Profile.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    if kept_records(user):
        _anonymise(user)
        return "anonymised"
    user.delete()
    return "deleted"


def _forget_mail(user):
    """The task results keep every message the site sent, with its addresses and text: those to
    the member go, sent or waiting, as do finished ones naming them; waiting ones to others go
    with "Miembro retirado" in their place."""
    addresses = {user.email}
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        addresses.update(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    mail.forget(addresses, [user.get_full_name(), user.username], _(RETIRED))


def _anonymise(user):
    user.username = f"retirado-{get_random_string(12).lower()}"
    user.first_name = user.last_name = ""
    user.email = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    get_user_model().objects.filter(pk=user.pk).update(last_login=None)
    Profile.objects.get_or_create(user=user)  # blank: code reading juror profiles keeps working
