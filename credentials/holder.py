"""How a certificate names its holder: the one rule the PDF, the verification page and the
Open Badges credential follow.

While the account exists, the holder is named as the member consented to be named in public
(`accounts.identity.public_name`: their name with consent, "Miembro de Red ATT" without). Once the
account is deleted the certificate stays, as a record of a public programme, with the name kept
only if the member had consented to show it (`holder_name`, set on deletion: personal_data.py).
"""

from django.utils.translation import gettext as _

from accounts.identity import public_name, shows_identity


def public_holder_name(certificate, default=None):
    """The holder's name as the public may see it; `default` when no name may be shown
    ("Miembro de Red ATT" or "Miembro retirado" unless given)."""
    user = certificate.user
    if user is not None:
        if shows_identity(user):
            return public_name(user)
        return public_name(user) if default is None else default
    if certificate.holder_name:
        return certificate.holder_name
    return _("Miembro retirado") if default is None else default
