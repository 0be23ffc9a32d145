"""The platform's roles, as Django groups created by a migration. Names are what admins see.

Admins may rename a group, so code never authorises by these names: each role's rights are
permissions granted to its group by migrations, checked with `user.has_perm()`. The names only
seed groups, demo accounts and new members.
"""

from django.db.models import Q

EDITORS = "Editores"
TRAINING_PUBLISHERS = "Publicadores de formación"
MODERATORS = "Moderadores"
JURY = "Jurado"
MEMBERS = "Miembros"
# Staff of the entities that offer technical assistance (DNP, ESAP, Función Pública): they read
# the demand dashboard.
OFFERING_ENTITIES = "Entidades oferentes"

ALL_ROLES = (EDITORS, TRAINING_PUBLISHERS, MODERATORS, JURY, MEMBERS, OFFERING_ENTITIES)


def permission_named(name):
    """A filter on Permission for an "app_label.codename" name, spelled as `user.has_perm()`
    takes it."""
    app_label, codename = name.split(".")
    return Q(content_type__app_label=app_label, codename=codename)
