"""Moderadores review reported questions between colleagues and may block their senders."""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

grant = grant_permissions("peers", {"Moderadores": ["moderate_peer_questions"]})


class Migration(migrations.Migration):
    dependencies = [("peers", "0001_initial"), ("accounts", "0002_roles")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
