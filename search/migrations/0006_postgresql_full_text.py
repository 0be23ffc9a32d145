"""On PostgreSQL, full-text vectors of the entries' analysed terms, with GIN indexes.

The database backend then finds candidates through the indexes instead of testing every row's
terms for substrings (search/backends/database.py). The terms are already folded and stemmed in
Python, so the 'simple' configuration only splits them. Title and body get a vector each, so a
quoted phrase never runs from the end of a title into the body (as on SQLite's FTS5, migration
0003). The body vector reads at most its first 500,000 characters: a tsvector must stay under
1 MB, and an entry that could not be stored would never be found. SQLite skips this migration.
"""

from django.db import migrations

from search.migration_helpers import run_sql_on

TABLE = "search_searchentry"
VECTOR = "to_tsvector('simple'::regconfig, {})"
CREATE = [
    f"""ALTER TABLE {TABLE}
        ADD COLUMN title_vector tsvector
            GENERATED ALWAYS AS ({VECTOR.format("title_terms")}) STORED,
        ADD COLUMN body_vector tsvector
            GENERATED ALWAYS AS ({VECTOR.format("left(body_terms, 500000)")}) STORED""",
    f"CREATE INDEX search_searchentry_title_vector ON {TABLE} USING gin (title_vector)",
    f"CREATE INDEX search_searchentry_body_vector ON {TABLE} USING gin (body_vector)",
]
DROP = [
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS title_vector, DROP COLUMN IF EXISTS body_vector"
]


class Migration(migrations.Migration):
    dependencies = [("search", "0005_index_change_log")]

    operations = [
        migrations.RunPython(run_sql_on("postgresql", CREATE), run_sql_on("postgresql", DROP))
    ]
