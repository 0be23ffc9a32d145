"""How a member is named in public: the one rule every public page, list and notice follows.

A member's name and entity appear only with their separate, express consent
(`Profile.public_identity`); otherwise they are "Miembro de Red ATT". Content whose author deleted
the account (author set to null) shows "Miembro retirado". Staff-only screens (the admin,
moderation queues, enrolment lists) keep names: they are not public.

Lists should load authors with `select_related("author__profile__entity")` so this costs no
queries.
"""

from django.utils.translation import gettext as _


def _profile(user):
    try:
        return user.profile
    except AttributeError:  # no profile (ObjectDoesNotExist is an AttributeError subclass)
        return None


def shows_identity(user):
    profile = _profile(user) if user is not None else None
    return bool(profile and profile.public_identity)


def public_name(user):
    if user is None:
        return _("Miembro retirado")
    if shows_identity(user):
        return user.get_full_name() or user.username
    return _("Miembro de Red ATT")


def public_entity(user):
    """The member's entity, only with consent; "" otherwise."""
    if not shows_identity(user):
        return ""
    return _profile(user).entity_name or ""
