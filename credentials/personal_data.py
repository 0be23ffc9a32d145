"""What certificates hold about a member, for "Mis datos" and account deletion
(`accounts.data_rights`).

On deletion a certificate stays, as the record of a public training programme or call (Ley 594
de 2000, archives of public entities; Decreto 1377 de 2013, arts. 9 and 11): whoever holds the
code can still verify it. It keeps the holder's name only if the member had consented to show it
in public; otherwise it names nobody ("Miembro retirado"). README, "Certificados".
"""

from django.utils.translation import gettext as _

from accounts.data_rights import Section, register, when
from accounts.identity import public_name, shows_identity

from .models import Certificate


def sections(user):
    return [
        Section("certificados", _("Certificados y reconocimientos"), [
            {"codigo": c.display_code, "tipo": c.get_kind_display(), "titulo": c.title,
             "entidad": c.issuing_entity, "horas": c.hours, "expedido_el": when(c.issued_at),
             "revocado_el": when(c.revoked_at), "motivo_de_revocacion": c.revocation_reason}
            for c in Certificate.objects.filter(user=user)
        ]),
    ]  # fmt: skip


def forget(user):
    kept_name = public_name(user) if shows_identity(user) else ""
    Certificate.objects.filter(user=user).update(user=None, holder_name=kept_name)


def register_holding():
    register(
        position=25,
        sections=sections,
        forget=forget,
        relations={
            "credentials.Certificate.user",
            # Staff who issued or revoked one by hand: set to null with their account; the
            # certificate's record (reason, date) stays.
            "credentials.Certificate.issued_by", "credentials.Certificate.revoked_by",
        },
    )  # fmt: skip
