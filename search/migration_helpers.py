"""Migrations whose SQL applies to one database only: FTS5 on SQLite, tsvector on PostgreSQL."""


def run_sql_on(vendor, statements):
    """A RunPython function that executes these statements on that database only."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == vendor:
            for statement in statements:
                schema_editor.execute(statement)

    return run
