"""Editores and the new role "Entidades oferentes" (DNP, ESAP, Función Pública staff) read the
demand dashboard; the new role's group is made here, with access to the admin where it lives."""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

READERS = ["Editores", "Entidades oferentes"]

grant_dashboard = grant_permissions("dashboard", dict.fromkeys(READERS, ["view_dashboard"]))
grant_admin = grant_permissions("wagtailadmin", {"Entidades oferentes": ["access_admin"]})


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0001_dashboard_permission"),
        ("accounts", "0002_roles"),
    ]
    operations = [
        migrations.RunPython(grant_dashboard, migrations.RunPython.noop),
        migrations.RunPython(grant_admin, migrations.RunPython.noop),
    ]
