"""`/health/`: can the site serve? The database decides the status code; search only degrades.

Search is also degraded while index updates wait in `PendingIndexUpdate` (taken while the engine
was down): the engine may answer again, but what it finds is not yet what the site holds. Search
by meaning reports apart (`semantic`): "ok", "off" by setting, or "unavailable" when its model
cannot load here, in which case search runs on words alone (search/semantic.py).
"""

from django.db import connection
from django.db.utils import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search import semantic
from search.backends import get_search_backend
from search.models import PendingIndexUpdate


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


@never_cache
def health(request):
    database_ok = database_is_reachable()
    pending = pending_index_updates() if database_ok else None
    search_ok = get_search_backend().is_available() and not pending
    body = {
        "status": "ok" if database_ok and search_ok else ("degraded" if database_ok else "down"),
        "database": "ok" if database_ok else "down",
        "search": "ok" if search_ok else "degraded",
        "search_pending_updates": pending,
        "semantic": semantic.status(),
    }
    return JsonResponse(body, status=200 if database_ok else 503)
