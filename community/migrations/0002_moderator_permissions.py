"""Moderadores work the flag queue in the admin: they may view and change flags."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("community")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Moderadores")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="community", codename__in=["view_flag", "change_flag"]
        )
    )


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial"), ("accounts", "0002_roles")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
