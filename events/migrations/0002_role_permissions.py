"""Who publishes events: Editores (also every event in the admin) and Publicadores de formación,
site-wide; admins may grant `events.publish_event` to any other group. Moderators need no
permission: they publish in the spaces they moderate."""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

grant = grant_permissions(
    "events",
    {
        "Editores": ["publish_event", "add_event", "change_event", "delete_event", "view_event"],
        "Publicadores de formación": ["publish_event"],
    },
)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
