"""Local development: DEBUG on, throw-away key, emails to the console, demo accounts allowed."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env, require_real_secret_key

DEBUG = env.bool("DEBUG", default=True)
DEMO_MODE = env.bool("DEMO_MODE", default=True)
SECRET_KEY = SECRET_KEY or ("django-insecure-dev-only" if DEBUG else "")
require_real_secret_key(SECRET_KEY, DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
