"""Production: HTTPS only, hardened cookies, no demo accounts, and a loud failure on bad config."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env, require_real_secret_key

DEBUG = False
DEMO_MODE = False
require_real_secret_key(SECRET_KEY, DEBUG)

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://"),
}
