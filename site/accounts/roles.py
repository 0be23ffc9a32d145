"""The platform's roles, as Django groups created by a migration. Names are what admins see."""

EDITORS = "Editores"
TRAINING_PUBLISHERS = "Publicadores de formación"
MODERATORS = "Moderadores"
JURY = "Jurado"
MEMBERS = "Miembros"

ALL_ROLES = (EDITORS, TRAINING_PUBLISHERS, MODERATORS, JURY, MEMBERS)


def has_role(user, role):
    return user.is_authenticated and (user.is_superuser or user.groups.filter(name=role).exists())
