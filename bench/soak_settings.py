"""`bench/soak.py`: bench/load_settings.py (the test settings with production's task queue) brought
closer to production where a long mixed run would otherwise measure the test set-up instead:

- the cache production uses (the database table `redatt_cache`, or CACHE_URL), shared by every
  worker, so rate limits count once for the site and not once per process;
- Django's default password hashing (PBKDF2), so a sign-in costs what it costs in production (the
  test settings hash with MD5, for speed);
- e-mails sent nowhere (Django's dummy backend): the test settings keep every e-mail in the memory
  of the process that sends it (locmem), which over a long run would read as the task worker's
  memory growing;
- Wagtail's admin search on Elasticsearch when ELASTICSEARCH_URL is set, as base.py configures it
  (the test settings keep it on the database), so an upload's index update goes where
  production's does;
- the limit on login attempts per client address raised: every simulated member signs in from
  127.0.0.1, where real members come from many addresses (the site allows 120 a minute per
  address, and the soak's sign-ins come to 60 a minute at 20 requests/s). The limits on failed
  logins per account and per address stay as they are; the soak fails none.
"""

from load_settings import *  # noqa: F403

from django.conf import global_settings

from siteconf.settings import base

CACHES = {"default": base.PRODUCTION_ENV["CACHE"]}
PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
WAGTAILSEARCH_BACKENDS = base.WAGTAILSEARCH_BACKENDS
ACCOUNT_RATE_LIMITS = {**base.ACCOUNT_RATE_LIMITS, "login": "100000/m/ip"}
