"""Editors read the reasons and comments of "¿Le sirvió?" through `knowledge.view_usefulness`,
granted here to the group that holds the editor role; admins may grant it to any other group."""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

grant = grant_permissions("knowledge", {"Editores": ["view_usefulness"]})


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_usefulness_and_adoption"),
        ("accounts", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
