"""Backend selection: `settings.REDATT_SEARCH["BACKEND"]` names the class by dotted path.

The database backend is the default; site/settings/base.py switches to the Elasticsearch one when
ELASTICSEARCH_URL is set. Tests swap backends with `get_search_backend.cache_clear()`.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def get_search_backend():
    config = dict(settings.REDATT_SEARCH)
    backend_class = import_string(config.pop("BACKEND"))
    return backend_class(**config)
