"""A summary column between title and body for ranking, and the vocabulary for typo correction.

On SQLite the FTS5 index gets the third column (search/backends/ranking.py weighs the three); the
table is rebuilt by Django to add the column, which drops the triggers, so they are made again,
and `body` moved last again (see 0004). On PostgreSQL the summary gets its own vector and GIN
index. Stored terms changed with this release (stop words left out, protected stems): run
`manage.py rebuild_search_index` after migrating.
"""

from django.db import migrations, models

from search.migration_helpers import run_sql_on

TABLE = "search_searchentry"
FTS = "search_searchentry_fts"
COLUMNS = "title_terms, summary_terms, body_terms"
NEW = ", ".join(f"new.{c}" for c in COLUMNS.split(", "))
OLD = ", ".join(f"old.{c}" for c in COLUMNS.split(", "))
VOCAB = "search_searchentry_vocab"
DROP_FTS = [
    f"DROP TABLE IF EXISTS {VOCAB}",
    f"DROP TRIGGER IF EXISTS {FTS}_insert",
    f"DROP TRIGGER IF EXISTS {FTS}_delete",
    f"DROP TRIGGER IF EXISTS {FTS}_update",
    f"DROP TABLE IF EXISTS {FTS}",
]
MOVE_BODY_LAST = [
    f"ALTER TABLE {TABLE} ADD COLUMN body_moved text NOT NULL DEFAULT ''",
    f"UPDATE {TABLE} SET body_moved = body",
    f"ALTER TABLE {TABLE} DROP COLUMN body",
    f"ALTER TABLE {TABLE} RENAME COLUMN body_moved TO body",
]
CREATE_FTS = [
    f"""CREATE VIRTUAL TABLE {FTS} USING fts5(
        {COLUMNS}, content='{TABLE}', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0')""",
    f"""CREATE TRIGGER {FTS}_insert AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO {FTS}(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END""",
    f"""CREATE TRIGGER {FTS}_delete AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD}); END""",
    f"""CREATE TRIGGER {FTS}_update AFTER UPDATE ON {TABLE} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD});
        INSERT INTO {FTS}(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END""",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
    f"CREATE VIRTUAL TABLE {VOCAB} USING fts5vocab({FTS}, 'row')",  # term → entries holding it
]
POSTGRES = [
    f"""ALTER TABLE {TABLE} ADD COLUMN summary_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, summary_terms)) STORED""",
    f"CREATE INDEX search_searchentry_summary_vector ON {TABLE} USING gin (summary_vector)",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0006_postgresql_full_text")]

    operations = [
        migrations.RunPython(run_sql_on("sqlite", DROP_FTS), migrations.RunPython.noop),
        migrations.AddField(
            model_name="searchentry",
            name="summary_terms",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(
            run_sql_on("sqlite", MOVE_BODY_LAST + CREATE_FTS), migrations.RunPython.noop
        ),
        migrations.RunPython(run_sql_on("postgresql", POSTGRES), migrations.RunPython.noop),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=60, unique=True)),
            ],
        ),
    ]
