"""`/health/`: can the site serve? The database decides the status code; search only degrades."""

from django.db import connection
from django.db.utils import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search.backends import get_search_backend


def database_is_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


@never_cache
def health(request):
    database_ok = database_is_reachable()
    search_ok = get_search_backend().is_available()
    body = {
        "status": "ok" if database_ok and search_ok else ("degraded" if database_ok else "down"),
        "database": "ok" if database_ok else "down",
        "search": "ok" if search_ok else "degraded",
    }
    return JsonResponse(body, status=200 if database_ok else 503)
