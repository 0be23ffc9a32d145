"""Editors read the search demand report through a permission, not their group's name.

The report checked membership of "Editores", so renaming that group in the admin hid it from
them. It now asks for `search.view_searchquerylog` (Django's own permission on the search log),
granted here to the group that holds the editor role today.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editores").first()
    if editors:
        editors.permissions.add(
            Permission.objects.get(content_type__app_label="search", codename="view_searchquerylog")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles"),
        ("search", "0001_initial"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
