"""Admin access to cohorts for training publishers and editors; the review switch for editors.

Page permissions on the plan's subtree are granted when a plan page is created (see
training/permissions.py), since the page does not exist when migrations run.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PUBLISHER_PERMISSIONS = [
    "add_cohort", "change_cohort", "delete_cohort", "view_cohort", "view_enrollment",
]  # fmt: skip
EDITOR_PERMISSIONS = PUBLISHER_PERMISSIONS + ["change_trainingsettings"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("training")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in (
        ("Publicadores de formación", PUBLISHER_PERMISSIONS),
        ("Editores", EDITOR_PERMISSIONS),
    ):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="training", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("accounts", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
