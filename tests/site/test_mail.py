"""Outgoing e-mail (core.mail): one-line subjects, nothing for rolled-back work, retries.

Retries need a task backend that can wait: those tests use django-tasks' dummy backend, which
keeps what is enqueued (with its `run_after`) instead of running it, as the database queue would.
"""

import logging
import smtplib
from datetime import timedelta

import pytest
from django_tasks import default_task_backend

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone

from core.mail import RETRY_DELAYS, deliver, send, subject_line

pytestmark = pytest.mark.django_db


class UnreachableMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


@pytest.fixture
def unreachable_mail_server(settings):
    settings.EMAIL_BACKEND = f"{__name__}.UnreachableMailServer"


@pytest.fixture
def waiting_queue(settings):
    """A task backend that keeps what is enqueued: `default_task_backend.results`."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    return default_task_backend


def test_subject_is_one_line():
    assert subject_line("Juan escribió en «Consulta\r\nsobre\tel  predial»\n") == (
        "Juan escribió en «Consulta sobre el predial»"
    )


def test_a_long_subject_is_cut_at_a_word_with_an_ellipsis():
    subject = subject_line("presupuesto " * 30)
    assert len(subject) <= 150 and subject.endswith("presupuesto…")
    assert subject_line("x" * 400) == "x" * 149 + "…"


def test_mail_leaves_when_the_work_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send("Aviso", "Texto", ["ana@example.org"])
        assert mail.outbox == []
    [message] = mail.outbox
    assert (message.subject, message.to) == ("Aviso", ["ana@example.org"])


def test_nothing_is_sent_for_work_that_was_rolled_back(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send("Aviso", "Texto", ["ana@example.org"])
        raise RuntimeError("the member's action failed")
    assert mail.outbox == []


def test_a_failing_mail_server_is_logged_and_tried_again_later(
    unreachable_mail_server, waiting_queue, caplog
):
    with caplog.at_level(logging.WARNING, logger="core.mail"):
        deliver.call("Aviso", "Texto", ["ana@example.org"], {})
    assert "SMTPServerDisconnected" in caplog.text and "retrying in 60 s" in caplog.text
    [retry] = waiting_queue.results
    assert retry.task.func is deliver.func
    assert retry.kwargs == {
        "subject": "Aviso",
        "body": "Texto",
        "to": ["ana@example.org"],
        "headers": {},
        "attempt": 2,
    }
    wait = retry.task.run_after - timezone.now()
    assert timedelta(seconds=50) < wait <= timedelta(seconds=RETRY_DELAYS[0])


def test_after_the_last_attempt_the_task_fails_and_says_so(
    unreachable_mail_server, waiting_queue, caplog
):
    last = len(RETRY_DELAYS) + 1
    with pytest.raises(smtplib.SMTPException), caplog.at_level(logging.ERROR):
        deliver.call("Aviso", "Texto", ["ana@example.org"], {}, attempt=last)
    assert "given up" in caplog.text
    assert waiting_queue.results == []  # left FAILED in the task results, not retried


def test_without_a_queue_that_can_wait_a_failure_is_not_retried_in_the_request(
    unreachable_mail_server, caplog, django_capture_on_commit_callbacks
):
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        send("Aviso", "Texto", ["ana@example.org"])  # the tests' immediate backend
    assert caplog.text.count("given up") == 1
