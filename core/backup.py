"""Backups that restore (README, "Copias de seguridad"): what the site cannot rebuild is the
database and the uploads; django-dbbackup copies each into a dated file in BACKUP_DIR (SQLite
through its online backup, consistent while the site writes; PostgreSQL through pg_dump). The
search index is not copied: its settings are code, and `restore_site` rebuilds it from the
database, vectors included (they are stored with the database)."""

import contextlib
from pathlib import Path

from dbbackup.storage import get_storage

from django.core.management import call_command
from django.db import connections

# Every backup carries this name instead of the machine's, so a new machine finds yesterday's.
SERVER_NAME = "redatt"


def back_up(stdout):
    """A compressed copy of the database and one of the uploads; the oldest beyond BACKUP_KEEP
    are deleted. Returns the two file names."""
    common = {"clean": True, "compress": True, "servername": SERVER_NAME, "stdout": stdout}
    call_command("dbbackup", **common)
    call_command("mediabackup", **common)
    return latest("db"), latest("media")


def latest(content_type):
    return get_storage().get_latest_backup(
        content_type=content_type, compressed=True, servername=SERVER_NAME
    )


def restore(stdout, database_file=None, media_file=None):
    """The database and the uploads from the latest backups (or the files named), the database
    migrated (a copy from an older release gains this release's tables and columns), then the
    search index rebuilt from it."""
    database_file, media_file = database_file or latest("db"), media_file or latest("media")
    connections.close_all()
    forget_sqlite_journal()
    call_command(
        "dbrestore", input_filename=database_file, uncompress=True, interactive=False,
        stdout=stdout,
    )  # fmt: skip
    connections.close_all()  # the next query opens the restored database
    call_command(
        "mediarestore", input_filename=media_file, uncompress=True, interactive=False,
        replace=True, stdout=stdout,
    )  # fmt: skip
    call_command("migrate", interactive=False, verbosity=0)
    call_command("rebuild_search_index", stdout=stdout)
    return database_file, media_file


def forget_sqlite_journal():
    """A restored SQLite file replaces the old one whole: the old write-ahead log must not be
    replayed over it."""
    settings_dict = connections["default"].settings_dict
    if settings_dict["ENGINE"] != "django.db.backends.sqlite3":
        return
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{settings_dict['NAME']}{suffix}").unlink()
