"""Local development: DEBUG on, throw-away key, emails to the console, demo accounts allowed."""

from .base import *  # noqa: F403
from .base import DEBUG_FROM_ENV, DEMO_MODE_FROM_ENV, SECRET_KEY, require_real_secret_key

DEBUG = DEBUG_FROM_ENV is not False
DEMO_MODE = DEMO_MODE_FROM_ENV is not False
SECRET_KEY = SECRET_KEY or ("django-insecure-dev-only" if DEBUG else "")
require_real_secret_key(SECRET_KEY, DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "dbbackup": STORAGES["dbbackup"],  # noqa: F405
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
