"""`/health/`: can the site serve? The database decides the status code; search only degrades.

Search is also degraded while index updates wait in `PendingIndexUpdate` (taken while the engine
was down): the engine may answer again, but what it finds is not yet what the site holds. Search
by meaning reports apart (`semantic`): "ok", "off" by setting, or "unavailable" when its model
cannot load here, in which case search runs on words alone (search/semantic.py).

The services several servers share are reported when the site uses them, each degrading the
status (never the code) when it fails: `cache` ("ok"/"down": a set and get round trip) when the
cache lives outside the process (the database table or Redis, not the tests' memory); `media`
("ok"/"down": the bucket answers) when the uploads are on an object store; `tasks`
("ok", or "degraded" when the oldest task ready to run has waited more than
HEALTH_TASK_LAG_SECONDS: no `db_worker` keeps up) with `tasks_lag_seconds`, when tasks go
through the database backend.
"""

import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.files.storage import default_storage
from django.db import connection
from django.db.utils import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search import semantic
from search.backends import get_search_backend
from search.models import PendingIndexUpdate
from siteconf.metrics import task_queue_lag


def database_is_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def pending_index_updates():
    """How many index updates still wait for the engine; None when the database cannot say."""
    try:
        return PendingIndexUpdate.objects.count()
    except DatabaseError:
        return None


def cache_round_trip():
    """Whether the shared cache keeps what it is given; None when it is this process's own."""
    cache = caches["default"]
    if isinstance(cache, LocMemCache | DummyCache):
        return None
    key, value = "health:round-trip", uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=30)
        return cache.get(key) == value
    except Exception:  # noqa: BLE001 - any client error (refused, timeout, auth) means down
        return False


def object_store_answers():
    """Whether the uploads' bucket answers; None when the uploads are on this machine's disk."""
    bucket = getattr(default_storage, "bucket", None)  # S3Storage's; the disk has none
    if bucket is None:
        return None
    try:
        bucket.meta.client.head_bucket(Bucket=bucket.name)
        return True
    except Exception:  # noqa: BLE001 - refused, unknown bucket, bad credentials: all mean down
        return False


def task_lag():
    """Seconds the oldest ready task has waited; None without a database queue or database."""
    try:
        return task_queue_lag()
    except DatabaseError:
        return None


@never_cache
def health(request):
    database_ok = database_is_reachable()
    pending = pending_index_updates() if database_ok else None
    search_ok = get_search_backend().is_available() and not pending
    body = {
        "database": "ok" if database_ok else "down",
        "search": "ok" if search_ok else "degraded",
        "search_pending_updates": pending,
        "semantic": semantic.status(),
    }
    shared = {"cache": cache_round_trip(), "media": object_store_answers()}
    body.update({name: "ok" if ok else "down" for name, ok in shared.items() if ok is not None})
    lag = task_lag() if database_ok else None
    if lag is not None:
        body["tasks"] = "ok" if lag <= settings.HEALTH_TASK_LAG_SECONDS else "degraded"
        body["tasks_lag_seconds"] = round(lag, 1)
    healthy = search_ok and False not in shared.values() and body.get("tasks") != "degraded"
    status = "ok" if database_ok and healthy else ("degraded" if database_ok else "down")
    return JsonResponse({"status": status, **body}, status=200 if database_ok else 503)
