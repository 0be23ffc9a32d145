"""Copies of the test database, kept aside and put back: how the tests share one seeded demo.

Seeding the demo costs about 10 s on SQLite and twice that on PostgreSQL, and some forty tests
read it. So each test process seeds it once (`DemoDatabase`), keeps a copy of the database as
migrations left it and one with the demo, and puts back whichever the next tests need:

- a test that reads the demo (`seeded_demo` in tests/conftest.py) gets the demo copy and runs in
  its own transaction; the next test that does not ask for the demo gets the bare copy back;
- a browser test (`demo_content`, tests/browser/conftest.py) gets the demo copy before each test,
  so no test sees another's writes.

How a copy is kept:
- SQLite (the test database lives in memory): in another in-memory database, made and put back
  with SQLite's backup API, which copies pages.
- PostgreSQL: a template database made from the test database; putting it back drops the test
  database and makes it again from the template (`CREATE DATABASE … TEMPLATE`), ending any
  connection the live server left open.
"""

import io
import sqlite3

from django.core.management import call_command
from django.db import connection


def take(name):
    return SqliteSnapshot() if connection.vendor == "sqlite" else PostgresSnapshot(name)


class DemoDatabase:
    """The demo seeded once per test process, then put back from a copy. `loaded` says whether
    the database holds the demo copy as it was taken (tests/conftest.py keeps it true exactly
    for the tests that ask for the demo)."""

    def __init__(self):
        self.bare = self.seeded = None
        self.loaded = False

    def load(self):
        """The demo in the database, committed, as people see it after `make run` (the tasks
        seeding queued have run; the guides' PDFs are made on their first request, as the test
        settings ask)."""
        if self.seeded is None:
            self.bare = take("bare")
            call_command("seed_demo", stdout=io.StringIO())
            self.seeded = take("demo")
        elif not self.loaded:
            self.seeded.restore()
        self.loaded = True

    def unload(self):
        """The database as migrations left it, for the tests that expect nothing else."""
        if self.loaded:
            self.bare.restore()
        self.loaded = False

    def discard(self):
        for copy in (self.bare, self.seeded):
            if copy is not None:
                copy.discard()


DEMO = DemoDatabase()


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
    def __init__(self, name):
        self.name = connection.settings_dict["NAME"]
        self.template = f"{self.name}_{name}"
        self._run(
            f'DROP DATABASE IF EXISTS "{self.template}"',
            f'CREATE DATABASE "{self.template}" TEMPLATE "{self.name}"',
        )

    def restore(self):
        self._run(
            f'DROP DATABASE "{self.name}"',
            f'CREATE DATABASE "{self.name}" TEMPLATE "{self.template}"',
        )

    def discard(self):
        self._run(f'DROP DATABASE IF EXISTS "{self.template}"')

    def _run(self, *statements):
        """Outside the test database (no connection to it may be open while it is copied or
        dropped): ours is closed, the live server's ended. Only our role's client connections:
        DROP and CREATE … TEMPLATE move PostgreSQL's own autovacuum workers aside themselves
        (waiting a few seconds for them), where `DROP … WITH (FORCE)` would refuse, since a
        role that is not a superuser may not end them (CI, after seeding the demo)."""
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
