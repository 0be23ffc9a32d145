"""Moderadores work the flag queue in the admin: they may view and change flags."""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

grant = grant_permissions("community", {"Moderadores": ["view_flag", "change_flag"]})


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial"), ("accounts", "0002_roles")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
