"""The index generation token, and on SQLite the entries' `body` column moved last.

SQLite stores a row's columns in order and puts what does not fit in a page on overflow pages:
with `body` in the middle, reading `audience` or `title_terms` of a matching entry meant reading
through its whole text. Moved last, counting, filtering and ranking never touch it. Done in SQL
(add, copy, drop, rename) so the table is not rebuilt, which would drop the FTS5 triggers of
migration 0003; any later migration that rebuilds this table on SQLite must recreate them
(`0003_sqlite_full_text_index.CREATE`). Other databases keep their column order.
"""

import uuid

from django.db import migrations, models

from search.migration_helpers import run_sql_on

MOVE_BODY_LAST = [
    "ALTER TABLE search_searchentry ADD COLUMN body_moved text NOT NULL DEFAULT ''",
    "UPDATE search_searchentry SET body_moved = body",
    "ALTER TABLE search_searchentry DROP COLUMN body",
    "ALTER TABLE search_searchentry RENAME COLUMN body_moved TO body",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0003_sqlite_full_text_index")]

    operations = [
        migrations.CreateModel(
            name="IndexGeneration",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.UUIDField(default=uuid.uuid4)),
            ],
        ),
        migrations.RunPython(run_sql_on("sqlite", MOVE_BODY_LAST), migrations.RunPython.noop),
    ]
