"""Editors manage nominations, jury assignments and the rubric in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["nomination", "juryassignment", "criterion"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("meeting")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editores").first()
    if editors:
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="meeting", content_type__model__in=MODELS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("meeting", "0001_initial"),
        ("accounts", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
