"""The table of production's default cache (Django's database cache, `dbcache://redatt_cache`).

Made by `migrate`, so no deployment can forget `createcachetable`; harmless where another cache
is configured.
"""

from django.core.management import call_command
from django.db import migrations

TABLE = "redatt_cache"


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", TABLE, database=schema_editor.connection.alias, verbosity=0)


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table)]
