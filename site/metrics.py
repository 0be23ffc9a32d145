"""`/metrics`: Prometheus's text format (prometheus-client), for the operator's scraper only.

What it counts:
- `redatt_http_requests_total{route, method, status}` and
  `redatt_http_request_duration_seconds{route, method}` (a histogram), per URL name (`route`:
  the resolved view name, e.g. `health`, `account_login`, `wagtail_serve` for every page;
  `unresolved` when no URL matched), counted by `MetricsMiddleware`;
- `redatt_task_results{task, status}`: the background tasks in django-tasks' database table by
  task and status (READY, RUNNING, SUCCESSFUL, FAILED; results older than 14 days are pruned,
  README), and `redatt_task_queue_lag_seconds`, how long the oldest task ready to run has waited
  (0 when none waits). Both read at scrape time from the database every worker shares, so they
  are the same whichever process answers.

Request counts live in each process. Under gunicorn's several workers set
`PROMETHEUS_MULTIPROC_DIR` (an empty folder, emptied at each start) for every worker: each writes
its counts there and any of them answers with the sum (prometheus-client's multiprocess mode).

Who may read it: with `METRICS_TOKEN` set, a request carrying `Authorization: Bearer <token>`,
from anywhere; without it, only a direct connection from the machine itself (a loopback client
address and no proxy's forwarding header, so that a request relayed by a proxy on the same
machine is refused). Everyone else gets 403 and no figures.
"""

import hmac
import ipaddress
import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseForbidden
from django.utils import timezone
from django.views.decorators.cache import never_cache

REQUESTS = Counter(
    "redatt_http_requests",
    "HTTP requests answered, by URL name, method and status code.",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "redatt_http_request_duration_seconds",
    "Time to answer a request (until the response leaves the middleware), by URL name and method.",
    ["route", "method"],
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
FORWARDING_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-IP")


def route_of(request):
    """A bounded label: the URL's name (or its view's dotted path), never the path itself."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unresolved"
    return match.view_name or match._func_path


class MetricsMiddleware:
    """Counts and times every request; first in MIDDLEWARE with RequestIdMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        method = request.method if request.method in METHODS else "other"
        route = route_of(request)
        LATENCY.labels(route, method).observe(time.perf_counter() - started)
        REQUESTS.labels(route, method, str(response.status_code)).inc()
        return response


# --- Background tasks, read from the database at scrape time ------------------------------


def task_queue_lag(now=None):
    """Seconds the oldest task ready to run has waited (0 when none waits), or None when tasks do
    not go through django-tasks' database backend (the tests' immediate one has no queue)."""
    if not uses_database_tasks():
        return None
    from django_tasks_db.models import DBTaskResult, get_date_max

    from django.db.models import Min

    now = now or timezone.now()
    ready = DBTaskResult.objects.ready()
    # Queued to run at once: waiting since enqueued; deferred (a retry): since its run_after.
    oldest = [
        ready.filter(run_after=get_date_max()).aggregate(at=Min("enqueued_at"))["at"],
        ready.exclude(run_after=get_date_max()).aggregate(at=Min("run_after"))["at"],
    ]
    oldest = [at for at in oldest if at is not None]
    return max(0.0, (now - min(oldest)).total_seconds()) if oldest else 0.0


def uses_database_tasks():
    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend

    return isinstance(task_backends["default"], DatabaseBackend)


class TaskCollector:
    """The task table's counts and the queue's lag, one query each per scrape."""

    def collect(self):
        if not uses_database_tasks():
            return
        from django_tasks_db.models import DBTaskResult

        from django.db.models import Count

        results = GaugeMetricFamily(
            "redatt_task_results",
            "Background tasks in the task table, by task and status (finished ones kept 14 days).",
            labels=["task", "status"],
        )
        lag = GaugeMetricFamily(
            "redatt_task_queue_lag_seconds",
            "How long the oldest task ready to run has waited for a worker (0: none waits).",
        )
        try:
            counts = DBTaskResult.objects.values_list("task_path", "status").annotate(n=Count("id"))
            for task, status, count in counts.order_by():
                results.add_metric([task, status], count)
            lag.add_metric([], task_queue_lag())
        except DatabaseError:
            return
        yield results
        yield lag


TASKS = TaskCollector()
REGISTRY.register(TASKS)


# --- The view ------------------------------------------------------------------------------


def is_loopback(address):
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def may_read(request):
    token = settings.METRICS_TOKEN
    if token:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip(), token)
    return is_loopback(request.META.get("REMOTE_ADDR", "")) and not any(
        header in request.headers for header in FORWARDING_HEADERS
    )


def registry():
    if not settings.METRICS_MULTIPROCESS:
        return REGISTRY
    combined = CollectorRegistry()
    multiprocess.MultiProcessCollector(combined)  # every worker's request counts, summed
    combined.register(TASKS)
    return combined


@never_cache
def metrics(request):
    if not may_read(request):
        return HttpResponseForbidden("Forbidden", content_type="text/plain")
    return HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)
