"""One id per request, in every log line it causes, the background tasks it enqueues included.

The id comes from the front proxy's `X-Request-ID` when it is well formed (nginx:
`proxy_set_header X-Request-ID $request_id;`), else it is made here; the response carries it back
(siteconf.middleware.RequestIdMiddleware). `RequestIdFilter` puts it on every log record as
`request_id` ("-" outside a request), which the JSON logs show (LOG_FORMAT=json).

A task queued during a request runs later, in `manage.py db_worker`: the id is written beside
the task's arguments in its row of django-tasks' database backend when it is queued, and set again
while the worker runs it, so the worker's log lines (a failed e-mail, say) carry the id of the
request that asked for the work, and so do the tasks that task queues in turn (an e-mail's retry).
The immediate backend of the tests runs the task inside the request: the id is already there.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
# What a proxy or a client may hand us: a UUID, nginx's 32 hex digits and the like. Nothing that
# could break a log line or a header (spaces, quotes, control characters), nothing long.
WELL_FORMED = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
# The key beside "args" and "kwargs" in DBTaskResult.args_kwargs; the worker reads only those two.
TASK_KEY = "request_id"

_current = contextvars.ContextVar("request_id", default=None)


def current():
    """The id of the request (or of the task's request) being handled, or None."""
    return _current.get()


def well_formed(value):
    return bool(value) and WELL_FORMED.fullmatch(value) is not None


def adopt(incoming):
    """The id for a request: the one it came with when well formed, else a new one."""
    return incoming if well_formed(incoming) else uuid.uuid4().hex


def activate(value):
    """Make `value` the current id; returns the token `deactivate` takes."""
    return _current.set(value)


def deactivate(token):
    _current.reset(token)


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record the handler it sits on writes."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current() or "-"
        return True


# --- Into the background tasks ----------------------------------------------------------------

_running = {}  # task result id -> token, while the worker runs that task


def _database_backend(sender):
    """Whether the signal comes from django-tasks' database backend (its class or, from the
    worker's `task_started`, an instance of it)."""
    from django_tasks_db.backend import DatabaseBackend

    return issubclass(sender if isinstance(sender, type) else type(sender), DatabaseBackend)


def remember_for_task(sender, task_result, **kwargs):
    """On enqueue (django-tasks' `task_enqueued`): keep the current id in the task's row."""
    request_id = current()
    if request_id is None or not _database_backend(sender):
        return
    from django_tasks_db.models import DBTaskResult

    row = DBTaskResult.objects.filter(pk=task_result.id).only("args_kwargs").first()
    if row is not None and isinstance(row.args_kwargs, dict):
        row.args_kwargs = {**row.args_kwargs, TASK_KEY: request_id}
        row.save(update_fields=["args_kwargs"])


def restore_for_task(sender, task_result, **kwargs):
    """On start (`task_started`, in the worker): the id of the request that queued the task."""
    if not _database_backend(sender):
        return
    from django_tasks_db.models import DBTaskResult

    args_kwargs = (
        DBTaskResult.objects.filter(pk=task_result.id).values_list("args_kwargs", flat=True).first()
    )
    request_id = args_kwargs.get(TASK_KEY) if isinstance(args_kwargs, dict) else None
    if well_formed(request_id):
        _running[str(task_result.id)] = activate(request_id)


def forget_for_task(sender, task_result, **kwargs):
    """On finish (`task_finished`): the worker's next task starts without an id."""
    token = _running.pop(str(task_result.id), None)
    if token is not None:
        deactivate(token)


def connect_signals():
    from django_tasks.signals import task_enqueued, task_finished, task_started

    task_enqueued.connect(remember_for_task, dispatch_uid="core.request_id.enqueued")
    task_started.connect(restore_for_task, dispatch_uid="core.request_id.started")
    task_finished.connect(forget_for_task, dispatch_uid="core.request_id.finished")
