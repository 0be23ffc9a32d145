"""Every e-mail the site sends goes through `send`: one-line subject, sent after commit, retried.

The message is handed to the task worker (django-tasks; `manage.py db_worker`) only when the
transaction that asked for it commits, so nothing is sent for work that was rolled back, and a mail
server that is down never fails what the member was doing: the attempt is logged and tried again
later, a few times, before the task is left FAILED in the task results with the message in it.
"""

import logging
import re
import smtplib
from datetime import timedelta

from django_tasks import TaskResultStatus, task

from django.apps import apps
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from .singleline import one_line

logger = logging.getLogger(__name__)

SUBJECT_LENGTH = 150
# Seconds before each new attempt: 1 min, 5 min, 30 min, 2 h; five attempts over about 2.5 hours.
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60)
FINISHED = {TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED}


def subject_line(text, length=SUBJECT_LENGTH):
    """A mail header holds one line: whitespace collapsed, cut at a word end with "…"."""
    text = " ".join(one_line(text).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if cut.rfind(" ") > length // 2:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + "…"


def send(subject, body, to, headers=None):
    """Queue one message for when the current transaction commits (at once outside one)."""
    message = {"subject": subject_line(subject), "body": body, "to": list(to)}
    message["headers"] = headers or {}
    # robust: a queue that cannot take the message is logged; the committed work stands.
    transaction.on_commit(lambda: deliver.enqueue(**message), robust=True)


@task()
def deliver(subject, body, to, headers, attempt=1):
    """Send one message; when the mail server or the network fails, try again later."""
    try:
        EmailMessage(subject, body, to=to, headers=headers).send()
    except (smtplib.SMTPException, OSError) as error:
        delay = retry_delay(attempt)
        if delay is None:
            logger.error("e-mail to %d recipient(s) not sent, given up: %r", len(to), error)
            raise
        logger.warning(
            "e-mail to %d recipient(s) not sent (attempt %d): %r; retrying in %d s",
            len(to), attempt, error, delay,
        )  # fmt: skip
        deliver.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            subject=subject, body=body, to=to, headers=headers, attempt=attempt + 1
        )
        return f"not sent; attempt {attempt + 1} in {delay} s"  # kept in the task's result


def retry_delay(attempt):
    """Seconds until the next attempt, or None: attempts used up, or a backend that cannot wait
    (the immediate backend of the tests would retry at once, in the member's request)."""
    if attempt > len(RETRY_DELAYS) or not deliver.get_backend().supports_defer:
        return None
    return RETRY_DELAYS[attempt - 1]


def forget(addresses, mentions, replacement):
    """Let go of a person whose account is deleted: the task results (django-tasks' database
    backend keeps every message with its arguments) lose the messages to any of `addresses`,
    sent, failed or still waiting, and every finished task whose arguments, result or traceback
    name them (an address or one of `mentions`: username, full name); a message still waiting
    for someone else goes, with those mentions written as `replacement`."""
    if not apps.is_installed("django_tasks_db"):
        return
    from django_tasks_db.models import DBTaskResult

    addresses = {address.lower() for address in addresses if address}
    terms = [term for term in (*addresses, *mentions) if term]
    if not terms:
        return
    named = re.compile(
        "|".join(rf"(?<!\w){re.escape(term)}(?!\w)" for term in terms), re.IGNORECASE
    )
    task_path = deliver.module_path
    doomed = []
    for row in DBTaskResult.objects.only(
        "id", "status", "task_path", "args_kwargs", "return_value", "traceback"
    ).iterator():
        kwargs = (row.args_kwargs or {}).get("kwargs") or {}
        if row.task_path == task_path and addresses & {
            str(to).lower() for to in kwargs.get("to") or ()
        }:
            doomed.append(row.pk)
        elif row.status not in FINISHED:
            if row.task_path == task_path and _names(named, row.args_kwargs):
                row.args_kwargs = _rewritten(row.args_kwargs, named, replacement)
                row.save(update_fields=["args_kwargs"])
        elif _names(named, row.args_kwargs, row.return_value, row.traceback):
            doomed.append(row.pk)
    DBTaskResult.objects.filter(pk__in=doomed).delete()


def _names(named, *values):
    """Whether any text in these JSON values (at any depth) names the person."""
    for value in values:
        if isinstance(value, str) and named.search(value):
            return True
        if isinstance(value, list | dict):
            items = value.values() if isinstance(value, dict) else value
            if _names(named, *items):
                return True
    return False


def _rewritten(value, named, replacement):
    if isinstance(value, str):
        return named.sub(replacement, value)
    if isinstance(value, list):
        return [_rewritten(item, named, replacement) for item in value]
    if isinstance(value, dict):
        return {key: _rewritten(item, named, replacement) for key, item in value.items()}
    return value
