"""`backup_site` then `restore_site` on an empty machine brings the demo back whole: every page,
document (byte for byte), account, enrolment and post, and a search that finds what it found,
even when the copy was made by an older release.

Each step runs as `manage.py` would on a machine of its own (separate processes on a scratch
database: a SQLite file, or a new database on the suite's PostgreSQL server, where pg_dump does
the copy), so this runs in both CI passes."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

CENSUS = """
import hashlib, json, django
django.setup()
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.models import Page
from community.models import Post
from training.models import Enrollment
from django.test import Client

def digest(document):
    with document.file.open("rb") as stored:
        return hashlib.sha256(stored.read()).hexdigest()

print(json.dumps({
    "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
    "documents": sorted((d.title, digest(d)) for d in get_document_model().objects.all()),
    "accounts": sorted(get_user_model().objects.values_list("username", "email", "password")),
    "enrolments": sorted(Enrollment.objects.values_list("user__username", "cohort_id", "status")),
    "posts": sorted(Post.objects.values_list("thread__title", "author__username", "source")),
    "search": [hit["title"] for hit in Client(HTTP_HOST="127.0.0.1").get(
        "/api/search/", {"q": "plan de desarrollo territorial"}).json()["results"]],
}, default=str))
"""


@pytest.fixture
def scratch_database(tmp_path):
    """An empty database of the suite's engine that no test process uses: its URL, and a
    function that wipes it as a lost machine would be."""
    if connection.vendor != "postgresql":
        database = tmp_path / "db.sqlite3"

        def wipe():
            for path in tmp_path.glob("db.sqlite3*"):
                path.unlink()

        yield f"sqlite:///{database}", wipe
        return
    name = f"redatt_restore_{uuid.uuid4().hex[:8]}"
    url = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{name}"

    def administer(statement):
        with connection.cursor() as cursor:  # the suite's own connection, outside any database
            cursor.execute(statement)

    administer(f'CREATE DATABASE "{name}"')

    def wipe():
        administer(f'DROP DATABASE "{name}"')  # not FORCE: an autovacuum worker is not ours to end
        administer(f'CREATE DATABASE "{name}"')

    yield url, wipe
    administer(f'DROP DATABASE IF EXISTS "{name}"')


def manage(environment, *arguments):
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, f"manage.py {' '.join(arguments)}:\n{result.stderr[-3000:]}"
    return result.stdout


def census(environment):
    result = subprocess.run(
        [sys.executable, "-c", CENSUS], cwd=ROOT, env=environment, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_demo_backed_up_wiped_and_restored_is_all_there(scratch_database, tmp_path):
    url, wipe = scratch_database
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.dev",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "BACKUP_DIR": str(tmp_path / "backups"),
        "SEMANTIC_SEARCH": "off",
    }
    manage(environment, "migrate", "--verbosity", "0")
    manage(environment, "seed_demo")
    before = census(environment)
    assert before["documents"] and before["enrolments"] and before["posts"] and before["search"]

    # The copy is made by the release before the everyday words: restoring it migrates it.
    manage(environment, "migrate", "search", "0012", "--verbosity", "0")
    manage(environment, "backup_site")
    wipe()
    for path in (tmp_path / "media").rglob("*"):
        if path.is_file():
            path.unlink()
    manage(environment, "restore_site", "--noinput")

    assert census(environment) == before
