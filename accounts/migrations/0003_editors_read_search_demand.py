"""Editors read the search demand report through a permission, not their group's name.

The report checked membership of "Editores", so renaming that group in the admin hid it from
them. It now asks for `search.view_searchquerylog` (Django's own permission on the search log),
granted here to the group that holds the editor role today.
"""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

grant = grant_permissions("search", {"Editores": ["view_searchquerylog"]})


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles"),
        ("search", "0001_initial"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
