"""Test run: fast hashing, in-memory cache and email, tasks run at once, plain static storage."""

from .base import *  # noqa: F403

DEBUG = False
DEMO_MODE = True
SECRET_KEY = "django-insecure-tests-only"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Background tasks run inside the call that enqueues them, so tests see their effects at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "dbbackup": STORAGES["dbbackup"],  # noqa: F405
}
ALLOWED_HOSTS = ["*"]
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Uploads made by tests (documents seeded by seed_demo, for one) stay out of the real media folder;
# tests/conftest.py gives each pytest-xdist worker a folder of its own inside it.
MEDIA_ROOT = BASE_DIR / ".cache" / "test-media"  # noqa: F405
# The admin's page search stays on the database; tests/search/test_admin_search_elasticsearch.py
# switches it to the suite's Elasticsearch (whose analysis stand-in, .ci/es-analysis/, provides the
# n-gram analysis Wagtail's index settings need).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Search by meaning costs an embedding per indexed passage: off unless SEMANTIC_SEARCH says on
# (the benchmarks), but for the tests about it, which turn it on (fixture `semantic_search`).
REDATT_SEMANTIC = {"ENABLED": SEMANTIC_SEARCH is True, "THREADS": 1}  # noqa: F405
# A PDF costs about half a second of layout: made on its first request, not for every page a test
# publishes, but for the tests about making them on publishing (fixture `pdfs_on_publish`).
KNOWLEDGE_PDFS_ON_PUBLISH = False
