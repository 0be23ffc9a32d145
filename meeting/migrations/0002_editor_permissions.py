"""Editors manage nominations, jury assignments and the rubric in the admin."""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

MODELS = ["nomination", "juryassignment", "criterion"]
ACTIONS = ["add", "change", "delete", "view"]
grant = grant_permissions(
    "meeting", {"Editores": [f"{action}_{model}" for model in MODELS for action in ACTIONS]}
)


class Migration(migrations.Migration):
    dependencies = [
        ("meeting", "0001_initial"),
        ("accounts", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
