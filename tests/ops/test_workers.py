"""Several `db_worker` processes (on one machine or many) share one queue: each task is claimed by
one of them (django-tasks-db takes it with `SELECT … FOR UPDATE SKIP LOCKED`), so no e-mail goes
out twice. Real workers, started as an operator starts them, on the suite's PostgreSQL."""

import email
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django_tasks_db.models import DBTaskResult

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 120
ENQUEUE = f"""
import django; django.setup()
from django.db import transaction
from core.mail import send
with transaction.atomic():
    for number in range({MESSAGES}):
        send(f"Aviso {{number}}", "Cuerpo", [f"persona{{number}}@example.org"])
"""

pytestmark = pytest.mark.postgresql  # the database several servers share


def environment_on_this_database(outbox):
    url = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{connection.settings_dict['NAME']}"
    return {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.dev",
        "DATABASE_URL": url,
        "EMAIL_URL": f"filemail:///{outbox}",  # django-environ drops the path's first "/"
        "SEMANTIC_SEARCH": "off",
    }


def start_worker(environment, worker_id):
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay",
         "--no-reload", "--worker-id", worker_id],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def wait_for_the_queue_to_empty(workers, timeout=180):
    deadline = time.monotonic() + timeout
    while DBTaskResult.objects.exclude(status="SUCCESSFUL").exists():
        for worker in workers:
            assert worker.poll() is None, worker.stderr.read().decode()[-2000:]
        assert time.monotonic() < deadline, "the workers did not empty the queue in time"
        time.sleep(0.2)


def recipients_in(outbox):
    """The To: of every message the file backend wrote (one file per connection, several
    messages per file, each ending with a line of dashes)."""
    found = []
    for path in outbox.iterdir():
        for chunk in path.read_text().split("-" * 79):
            if chunk.strip():
                found.append(email.message_from_string(chunk.strip())["To"])
    return found


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_send_every_queued_message_exactly_once(tmp_path):
    outbox = tmp_path / "outbox"
    environment = environment_on_this_database(outbox)
    workers = [start_worker(environment, worker_id) for worker_id in ("uno", "dos")]
    try:
        subprocess.run(
            [sys.executable, "-c", ENQUEUE], cwd=ROOT, env=environment, check=True, timeout=120
        )
        wait_for_the_queue_to_empty(workers)
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=30)

    recipients = recipients_in(outbox)
    assert sorted(recipients) == sorted(f"persona{n}@example.org" for n in range(MESSAGES))
    results = list(DBTaskResult.objects.values_list("worker_ids", flat=True))
    assert len(results) == MESSAGES and all(len(ids) == 1 for ids in results)
    assert {ids[0] for ids in results} == {"uno", "dos"}, "both workers took tasks"
