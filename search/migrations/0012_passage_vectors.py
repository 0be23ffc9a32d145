"""Search by meaning (search/semantic.py): the embedded passages' vectors, by digest, and each
entry's passages. On SQLite Django rebuilds the entry table to add the column, which drops the
full-text index's triggers: the index is made again as 0007 made it, with `body` moved last.
Run `manage.py rebuild_search_index` after migrating, to embed the existing content.
"""

from importlib import import_module

from django.db import migrations, models

from search.migration_helpers import run_sql_on

FULL_TEXT = import_module("search.migrations.0007_ranked_fields_and_vocabulary")


class Migration(migrations.Migration):
    dependencies = [("search", "0011_quicker_body_pairs")]

    operations = [
        migrations.CreateModel(
            name="PassageVector",
            fields=[
                ("digest", models.CharField(max_length=32, primary_key=True, serialize=False)),
                ("vector", models.BinaryField()),
            ],
        ),
        migrations.RunPython(run_sql_on("sqlite", FULL_TEXT.DROP_FTS), migrations.RunPython.noop),
        migrations.AddField(
            model_name="searchentry",
            name="passages",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(
            run_sql_on("sqlite", FULL_TEXT.MOVE_BODY_LAST + FULL_TEXT.CREATE_FTS),
            migrations.RunPython.noop,
        ),
    ]
