"""The test database as a test found it, kept aside once and put back before each later test.

Seeding the demo takes about 9 s; putting a snapshot back takes a fraction of that, so the browser
tests seed once per session (conftest.py). A test's writes never reach the next one: each starts
from the snapshot, whole, as the database holds it (pages, search index, sequences).

- SQLite (the test database lives in memory): a copy in another in-memory database, made and
  put back with SQLite's backup API, which copies pages.
- PostgreSQL: a template database made from the test database; putting it back drops the test
  database and makes it again from the template (`CREATE DATABASE … TEMPLATE`), ending any
  connection the live server left open.
"""

import sqlite3

from django.db import connection


def take():
    return SqliteSnapshot() if connection.vendor == "sqlite" else PostgresSnapshot()


class SqliteSnapshot:
    def __init__(self):
        connection.ensure_connection()
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.copy)

    def restore(self):
        connection.ensure_connection()
        self.copy.backup(connection.connection)

    def discard(self):
        self.copy.close()


class PostgresSnapshot:
    def __init__(self):
        self.name = connection.settings_dict["NAME"]
        self.template = f"{self.name}_snapshot"
        self._run(
            f'DROP DATABASE IF EXISTS "{self.template}"',
            f'CREATE DATABASE "{self.template}" TEMPLATE "{self.name}"',
        )

    def restore(self):
        self._run(
            f'DROP DATABASE "{self.name}" WITH (FORCE)',
            f'CREATE DATABASE "{self.name}" TEMPLATE "{self.template}"',
        )

    def discard(self):
        self._run(f'DROP DATABASE IF EXISTS "{self.template}"')

    def _run(self, *statements):
        """Outside the test database (no connection to it may be open while it is copied or
        dropped): ours is closed, the live server's ended. Only our role's client connections:
        PostgreSQL moves its own autovacuum workers aside, and a non-superuser may not end them."""
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()"
                " AND usename = current_user AND backend_type = 'client backend'",
                [self.name],
            )
            for sql in statements:
                cursor.execute(sql)
