"""Admin access to cohorts for training publishers and editors; the review switch for editors.

Page permissions on the plan's subtree are granted when a plan page is created (see
training/permissions.py), since the page does not exist when migrations run.
"""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

PUBLISHER_PERMISSIONS = [
    "add_cohort", "change_cohort", "delete_cohort", "view_cohort", "view_enrollment",
]  # fmt: skip
EDITOR_PERMISSIONS = PUBLISHER_PERMISSIONS + ["change_trainingsettings"]
grant = grant_permissions(
    "training",
    {"Publicadores de formación": PUBLISHER_PERMISSIONS, "Editores": EDITOR_PERMISSIONS},
)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("accounts", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
