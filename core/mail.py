"""Every e-mail the site sends goes through `send`: one-line subject, sent after commit, retried.

The message is handed to the task worker (django-tasks; `manage.py db_worker`) only when the
transaction that asked for it commits, so nothing is sent for work that was rolled back, and a mail
server that is down never fails what the member was doing: the attempt is logged and tried again
later, a few times, before the task is left FAILED in the task results with the message in it.
"""

import logging
import smtplib
from datetime import timedelta

from django_tasks import task

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from .singleline import one_line

logger = logging.getLogger(__name__)

SUBJECT_LENGTH = 150
# Seconds before each new attempt: 1 min, 5 min, 30 min, 2 h; five attempts over about 2.5 hours.
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60)


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
