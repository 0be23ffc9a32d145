"""On PostgreSQL, the body vector holds each term and each pair of adjacent terms, without
positions, so a quoted phrase in a body is found by the GIN index alone.

A phrase tested with positions (`'plan' <-> 'desarroll'`) makes PostgreSQL read back the whole
vector of every entry holding all its words, from TOAST: 640 ms for "plan de desarrollo
territorial" at 70,000 entries. As pairs ('plan.desarroll' & 'desarroll.territorial'; terms never
hold a dot) the index answers alone: under 1 ms. Pairs of a phrase of three words or more may
occur apart in a body, a rare approximation accepted for the speed (titles and summaries keep
positions: their vectors are short). Terms are read from the first 500,000 characters as before;
pairs from the first 200,000, so that a vector stays under PostgreSQL's 1 MB; pairs of words of
1,000 characters or more are left out, as a lexeme must stay under 2 KB. SQLite skips this
migration: FTS5 keeps positions in its own index.
"""

from django.db import migrations

from search.migration_helpers import run_sql_on

TABLE = "search_searchentry"
CREATE = [
    """CREATE FUNCTION search_body_vector(terms text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT strip(to_tsvector('simple'::regconfig, left(terms, 500000))) || coalesce((
            SELECT array_to_tsvector(array_agg(DISTINCT word || '.' || next))
            FROM (
                SELECT word, lead(word) OVER (ORDER BY n) AS next
                FROM unnest(regexp_split_to_array(btrim(left(terms, 200000)), ' +'))
                    WITH ORDINALITY AS words(word, n)
            ) AS pairs
            WHERE next IS NOT NULL AND length(word) + length(next) < 1000
        ), ''::tsvector)
    $$""",
    f"ALTER TABLE {TABLE} DROP COLUMN body_vector",
    f"""ALTER TABLE {TABLE} ADD COLUMN body_vector tsvector
        GENERATED ALWAYS AS (search_body_vector(body_terms)) STORED""",
    f"CREATE INDEX search_searchentry_body_vector ON {TABLE} USING gin (body_vector)",
]
DROP = [
    f"ALTER TABLE {TABLE} DROP COLUMN body_vector",
    f"""ALTER TABLE {TABLE} ADD COLUMN body_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, left(body_terms, 500000))) STORED""",
    f"CREATE INDEX search_searchentry_body_vector ON {TABLE} USING gin (body_vector)",
    "DROP FUNCTION search_body_vector(text)",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0009_index_change_entries")]

    operations = [
        migrations.RunPython(run_sql_on("postgresql", CREATE), run_sql_on("postgresql", DROP))
    ]
