"""Create the platform's roles as groups.

Wagtail's initial "Moderators" group (publish rights on the whole tree, the approval workflow task)
becomes "Editores"; its "Editors" group has no place in Red ATT and goes.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ["Editores", "Publicadores de formación", "Moderadores", "Jurado", "Miembros"]
ADMIN_ROLES = ["Editores", "Publicadores de formación", "Moderadores"]
EDITOR_MANAGED_MODELS = [
    "capacitylevel", "capacitytype", "sector", "cyclestage", "entity", "department", "municipality",
]  # fmt: skip


def ensure_permissions(apps):
    """Permissions are normally created after migrate; data migrations on a fresh DB need them now."""
    for label in ("reference", "wagtailadmin"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    ensure_permissions(apps)

    moderators = Group.objects.filter(name="Moderators").first()
    if moderators and not Group.objects.filter(name="Editores").exists():
        moderators.name = "Editores"
        moderators.save()
    Group.objects.filter(name="Editors").delete()
    Task.objects.filter(name="Moderators approval").update(name="Aprobación de Editores")
    Workflow.objects.filter(name="Moderators approval").update(name="Revisión editorial")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in ADMIN_ROLES:
        groups[name].permissions.add(access_admin)
    groups["Editores"].permissions.add(
        *Permission.objects.filter(
            content_type__app_label="reference", content_type__model__in=EDITOR_MANAGED_MODELS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("reference", "0002_seed_vocabularies"),
        ("home", "0002_create_homepage"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
