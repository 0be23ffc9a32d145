"""What the inbox holds about a member, for "Mis datos" and account deletion
(`accounts.data_rights`): their notices and their e-mail preference."""

from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.utils.translation import gettext as _

from accounts.data_rights import RETIRED, Section, register, when

from .models import EmailPreference, Notification


def sections(user):
    return [
        Section("avisos", _("Avisos"), [
            {"tipo": n.get_kind_display(), "texto": n.text, "fecha": when(n.created),
             "leido_el": when(n.read_at)}
            for n in Notification.objects.filter(recipient=user)
        ]),
        Section("preferencia_de_correo", _("Correos de la comunidad"), {
            "frecuencia": EmailPreference.Frequency(EmailPreference.frequency_for(user)).label,
        }),
    ]  # fmt: skip


def forget(user):
    """Notices sent to others that begin with the member's name name nobody; theirs go."""
    for name in {name for name in (user.get_full_name(), user.username) if name}:
        prefix = name + " "
        Notification.objects.exclude(recipient=user).filter(text__startswith=prefix).update(
            text=Concat(Value(RETIRED + " "), Substr("text", len(prefix) + 1))
        )
    Notification.objects.filter(recipient=user).delete()
    EmailPreference.objects.filter(user=user).delete()


def register_holding():
    register(
        position=15,
        sections=sections,
        forget=forget,
        relations={"notifications.Notification.recipient", "notifications.EmailPreference.user"},
    )
