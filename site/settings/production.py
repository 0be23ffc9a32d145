"""Production: HTTPS only, hardened cookies, no demo accounts, and a loud failure on bad config."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASE_URL, PRODUCTION_ENV, SECRET_KEY, require_real_secret_key

DEBUG = False
DEMO_MODE = False
require_real_secret_key(SECRET_KEY, DEBUG)
if not DATABASE_URL:  # base's default, a local SQLite file, is for laptops
    raise ImproperlyConfigured(
        "DATABASE_URL must be set in production, e.g. postgres://user:password@host:5432/redatt."
    )

SECURE_SSL_REDIRECT = PRODUCTION_ENV["SECURE_SSL_REDIRECT"]
LINK_SCHEME = "https"  # absolute links (core.links), whatever port the Wagtail Site names
# Credentials are never signed with a key made up on the server (credentials/keys.py).
CREDENTIALS_KEY_REQUIRED = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^metrics$"]  # asked over the internal network
SECURE_HSTS_SECONDS = PRODUCTION_ENV["SECURE_HSTS_SECONDS"]
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
# Rate limits count per client address: behind the front proxy (nginx, see README) that address is
# the last one the proxy adds to X-Forwarded-For. 0 when gunicorn faces the clients itself.
ALLAUTH_TRUSTED_PROXY_COUNT = PRODUCTION_ENV["TRUSTED_PROXY_COUNT"]
CSRF_COOKIE_SECURE = True
# Shared by every worker, so rate limits count once per site, not once per process. The table
# `redatt_cache` is made by a migration (siteconf/home/migrations/0003_cache_table.py).
CACHES = {"default": PRODUCTION_ENV["CACHE"]}
