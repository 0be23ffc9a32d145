"""Settings shared by every environment; secure by default.

The environment is read here and only here (django-environ). `dev` relaxes what it must for a
laptop; `production` refuses to start without the variables it needs.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF

from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import lazy

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # repository root
# templates/ and locale/: beside site/ in a checkout, inside the package in a wheel (setup.py).
SHIPPED_DIR = BASE_DIR if (BASE_DIR / "templates").is_dir() else PROJECT_DIR

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# The profile modules (dev, test, production) choose where the environment leaves a choice
# (None); they read nothing themselves.
DEBUG_FROM_ENV = env.bool("DEBUG", default=None)
DEMO_MODE_FROM_ENV = env.bool("DEMO_MODE", default=None)
DEBUG = bool(DEBUG_FROM_ENV)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
DATABASE_URL = env.str("DATABASE_URL", default="")  # production requires it
DATABASES = {"default": env.db_url_config(DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers writing at once (bench/load.py): write-ahead log, so readers keep reading
    # while a write (a search-index rebuild) is under way; transactions that take the write lock
    # when they begin, so two never deadlock upgrading a read; and a wait for that lock instead
    # of "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        transaction_mode="IMMEDIATE",
        timeout=20,
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: the dashboard's aggregates are estimated costly but run in tens of ms,
    # and compiling them took 400 ms per figure (bench/README.md, demand dashboard).
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env.str("ELASTICSEARCH_INDEX_PREFIX", default="redatt")
SEMANTIC_SEARCH = env.bool("SEMANTIC_SEARCH", default=None)  # None: each settings' default
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "media"))
# Uploads on an S3-compatible object store when a bucket is named (core/storage.py), for several
# servers; else on the disk at MEDIA_ROOT. boto3 reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
# from the environment itself.
MEDIA_BUCKET = env.str("AWS_STORAGE_BUCKET_NAME", default="")
MEDIA_BUCKET_OPTIONS = {
    "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default=None),  # MinIO, Ceph, moto…
    "region_name": env.str("AWS_S3_REGION_NAME", default=None),
    "addressing_style": env.str("AWS_S3_ADDRESSING_STYLE", default=None),  # "path" for MinIO
}
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "static"))
# `manage.py backup_site` writes here (README, "Copias de seguridad"), keeping the last BACKUP_KEEP.
BACKUP_DIR = env.path("BACKUP_DIR", default=str(BASE_DIR / "backups"))
BACKUP_KEEP = env.int("BACKUP_KEEP", default=14)
# Absolute links (sitemap, API, feeds, iCal, CSV, e-mails, Wagtail's admin e-mails) follow one
# rule, `core.links`: BASE_URL when set, else the default Wagtail Site with LINK_SCHEME.
BASE_URL = env.str("BASE_URL", default="")
LINK_SCHEME = "http"
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Red ATT <no-responder@redatt.gov.co>")
DEMO_MODE = bool(DEMO_MODE_FROM_ENV)
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOG_FORMAT = env.str("LOG_FORMAT", default="text").lower()  # or "json": one object per line
# /metrics (siteconf/metrics.py): a bearer token for the scraper; unset, only the machine itself.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
# prometheus-client reads this one itself; the view then sums what every worker wrote there.
METRICS_MULTIPROCESS = bool(env.str("PROMETHEUS_MULTIPROC_DIR", default=""))
# Certificates (credentials/keys.py): the EC P-256 private key, PEM or a file path, that signs the
# Open Badges credentials; production requires it, development makes one under .cache/.
CREDENTIALS_SIGNING_KEY = env.str("CREDENTIALS_SIGNING_KEY", default="")


def cache_config(url):
    """The cache a CACHE_URL names; `redis://` (and `rediss://`, `rediscache://`) is Django's own
    RedisCache (the `redis` package), whatever else is installed, with short timeouts so that a
    Redis that stopped answering fails a request in seconds instead of holding it."""
    config = env.cache_url_config(url)
    if str(config.get("LOCATION", "")).startswith(("redis://", "rediss://", "unix://")):
        config["BACKEND"] = "django.core.cache.backends.redis.RedisCache"
        options = config.setdefault("OPTIONS", {})
        options.setdefault("socket_connect_timeout", 2)
        options.setdefault("socket_timeout", 2)
    return config


# Used by production.py only: HTTPS redirect and HSTS, the proxies trusted for client addresses
# (0 when gunicorn faces the clients itself), the cache every worker shares.
PRODUCTION_ENV = {
    "SECURE_SSL_REDIRECT": env.bool("SECURE_SSL_REDIRECT", default=True),
    "SECURE_HSTS_SECONDS": env.int("SECURE_HSTS_SECONDS", default=31536000),
    "TRUSTED_PROXY_COUNT": env.int("TRUSTED_PROXY_COUNT", default=1),
    "CACHE": cache_config(env.str("CACHE_URL", default="dbcache://redatt_cache")),
}

vars().update(EMAIL_CONFIG)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

INSTALLED_APPS = [
    "core",
    "accounts",
    "reference",
    "notifications",
    "knowledge",
    "community",
    "meeting",
    "training",
    "events",
    "credentials",
    "peers",
    "territory",
    "opendata",
    "search",
    "dashboard",
    "embeds",
    "demo",
    "dbbackup",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "siteconf.middleware.RequestIdMiddleware",  # first: every answer and log line has the id
    "siteconf.metrics.MetricsMiddleware",  # counts and times everything below it
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "siteconf.offline.OfflineHeaderMiddleware",  # before sessions: sees the cookies they set
    "siteconf.middleware.StripControlCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.PolicyAcceptanceMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "accounts.staff.StaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "siteconf.urls"
WSGI_APPLICATION = "siteconf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SHIPPED_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.navigation",
                "community.context_processors.notice_badge",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
# Restricted pages and documents send visitors to the site's login, not Wagtail's bare one; the
# admin too, so its logins go through the same rate limits and two-factor step.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
# Passwords and e-mail change on the site's pages only (Mi perfil): rate-limited, the new
# address verified, mail sent by the task worker.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
LOGIN_REDIRECT_URL = "accounts:profile"
LOGOUT_REDIRECT_URL = "/"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Members stay signed in for two weeks; staff (admin access, jury, superusers) for 8 hours
# (accounts.forms.LoginForm).
SESSION_COOKIE_AGE = 14 * 24 * 60 * 60
STAFF_SESSION_COOKIE_AGE = 8 * 60 * 60

# Accounts (django-allauth; siteconf/accounts/): sign-up with a verified e-mail before the account
# can sign in, the same answer whether or not an address is registered, e-mail sent by the task
# worker (AccountAdapter), rate limits counted in the shared cache.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "signup": "accounts.forms.SignupForm",
    "login": "accounts.forms.LoginForm",
}
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True  # a new address replaces the old one only once it is verified
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # mail scanners that open links confirm nothing
ACCOUNT_SESSION_REMEMBER = True  # SESSION_COOKIE_AGE, shortened for staff at login
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False  # the admin sends members without access to login
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_REAUTHENTICATION_METHODS = ["password", "mfa"]  # no codes by e-mail
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Red ATT: "
ACCOUNT_EMAIL_NOTIFICATIONS = False
ACCOUNT_RATE_LIMITS = {
    # OWASP ASVS: at most 100 failed logins per account and hour, from however many addresses;
    # the account is the one the typed username or e-mail names (AccountAdapter). The burst limit
    # stops fast guessing sooner; an admin unlocks from Usuarios (siteconf/accounts/wagtail_hooks).
    "login_failed": "20/m/ip,10/5m/key,100/h/key",
    "login": "120/m/ip",  # every attempt; generous: a municipal office or a workshop shares one
    "signup": "20/m/ip,100/h/ip",
    "signup_address": "5/h/key",  # per e-mail address typed (SignupForm)
    "reset_password": "20/m/ip,5/h/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Red ATT"
MFA_TOTP_TOLERANCE = 1  # the code before and after too: phone clocks drift, typing takes time

# Spanish (Colombia) everywhere, the Wagtail admin included.
LANGUAGE_CODE = "es-co"
# The project's own catalogue (locale/es_CO) wins over the apps': lowercase month and day names,
# Wagtail's missing strings, "usted". Only es-co, so the admin never falls back to bare "es".
LOCALE_PATHS = [SHIPPED_DIR / "locale"]
LANGUAGES = [("es-co", "Español (Colombia)")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("es-co", "Español (Colombia)")]
WAGTAIL_CONTENT_LANGUAGES = [("es-co", "Español (Colombia)")]
TIME_ZONE = "America/Bogota"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def object_storage(bucket, options):
    """The default storage on the bucket: private objects, never overwritten (two servers saving
    the same name keep both, as Wagtail's deployment notes ask)."""
    return {
        "BACKEND": "core.storage.ObjectStorage",
        "OPTIONS": {
            "bucket_name": bucket,
            "default_acl": "private",
            "file_overwrite": False,
            "querystring_auth": False,  # no address of the store is ever given out
            **{name: value for name, value in options.items() if value},
        },
    }


if MEDIA_BUCKET:
    STORAGES["default"] = object_storage(MEDIA_BUCKET, MEDIA_BUCKET_OPTIONS)


def backup_storage(folder):
    return {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": folder},
    }


# Backups (django-dbbackup, core/management/commands/backup_site.py): SQLite through its online
# backup (consistent while the site writes), PostgreSQL through pg_dump's custom format.
STORAGES["dbbackup"] = backup_storage(str(BACKUP_DIR))
DBBACKUP_CONNECTOR_MAPPING = {
    "django.db.backends.sqlite3": "dbbackup.db.sqlite.SqliteBackupConnector",
    "django.db.backends.postgresql": "dbbackup.db.postgresql.PgDumpBinaryConnector",
}
DBBACKUP_CLEANUP_KEEP = DBBACKUP_CLEANUP_KEEP_MEDIA = BACKUP_KEEP
DBBACKUP_SEND_EMAIL = False  # a failed backup fails its command: the scheduler reports it

WAGTAIL_SITE_NAME = "Red ATT"
# Staff avatars are Wagtail's own local image (or the one uploaded in Cuenta): no e-mail hash
# goes to gravatar.com.
WAGTAIL_GRAVATAR_PROVIDER_URL = None


def _base_url():
    from core.links import base_url  # the database is read when a link is made, not here

    return base_url()


WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = lazy(_base_url, str)()

WAGTAIL_ALLOW_UNICODE_SLUGS = False  # "Gestión del riesgo" -> gestion-del-riesgo, as demo pages
# Documents are streamed by Wagtail's view after its collection checks, never linked or redirected
# to their file under /media/ (site/urls.py does not serve MEDIA_ROOT/documents/ at all).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "xlsx", "xls", "csv", "docx", "doc", "odt", "ods", "pptx", "zip"]
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "spanish"},
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [ELASTICSEARCH_URL],
        # Wagtail's backend names its indexes <INDEX_PREFIX><model>; it ignores "INDEX".
        "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX + "_wagtail_",
        "ATOMIC_REBUILD": True,
        "TIMEOUT": 5,
        "OPTIONS": {},
        "INDEX_SETTINGS": {},
    }

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp): public pages run only the site's own script and style
# files, so markup that slips into content can neither run nor restyle the page. Wagtail's admin
# relies on inline scripts and styles and is left out (page previews live under /admin/ too).
# Course videos (EmbedBlock) are YouTube or Vimeo frames.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Permissions-Policy (django-permissions-policy): device features the site never uses are off for
# it and for every frame it embeds. Fullscreen, autoplay, encrypted media and picture-in-picture
# stay as browsers default them, for course videos.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "ambient-light-sensor",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}

# Everything to standard error: plain messages, or with LOG_FORMAT=json one JSON object per line
# (python-json-logger) with the time (ISO 8601, UTC), level, logger, message and the request's id
# (core/request_id.py), for a log collector to index. The id is on every record either way.
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "core.request_id.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            **({"formatter": "json"} if LOG_FORMAT == "json" else {}),
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # One line per background task (Wagtail enqueues many) is noise, and so are WeasyPrint's
    # layout steps and fontTools' subsetting for every PDF (knowledge/pdf.py); failures still show.
    "loggers": {name: {"level": "WARNING"} for name in ("django_tasks", "weasyprint", "fontTools")},
}

# Background tasks (django-tasks): e-mails (core.mail) and Wagtail's own (reference index,
# admin search index, image focal points, deleted files) wait in the database for
# `manage.py db_worker`, which `make run` starts and production runs as a service. Tests run
# them at once (settings.test).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# /health/ says "degraded" once the oldest task ready to run has waited longer than this.
HEALTH_TASK_LAG_SECONDS = 600


def require_real_secret_key(secret_key, debug):
    """With DEBUG off, refuse to start on a missing or throw-away key."""
    if debug:
        return
    if len(secret_key) < 50 or secret_key.startswith("django-insecure"):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set to a random value of at least 50 characters when DEBUG is off."
        )


# App settings: one style. Each is declared here with its default and read as `settings.NAME`.
# Community (community/): django-ratelimit rates per member; a member's posts wait for a
# moderator while the account is younger than NEW_ACCOUNT_DAYS days and has fewer than
# TRUSTED_AFTER_POSTS approved posts; similar threads are looked up once per pause in typing.
COMMUNITY_POST_RATE = "10/m"
COMMUNITY_FLAG_RATE = "5/m"
COMMUNITY_SIMILAR_RATE = "30/m"
COMMUNITY_NEW_ACCOUNT_DAYS = 3
COMMUNITY_TRUSTED_AFTER_POSTS = 2
COMMUNITY_THREADS_PER_PAGE = 20
COMMUNITY_POSTS_PER_PAGE = 30
# Community (community/): what an anonymous POST (a session that ran out while writing) may store
# in the session for after login, per client address (community/drafts.py); past it the text is
# not kept. Generous, because a municipal office or a workshop shares one address.
COMMUNITY_ANONYMOUS_DRAFT_RATE = "10/h"
# Library (knowledge/): anonymous "¿Le sirvió?" answers per client address, generous because a
# municipal office or a workshop shares one address.
KNOWLEDGE_ANONYMOUS_FEEDBACK_RATE = "20/h"
# Library (knowledge/pdf.py): publishing an item asks the task worker for its PDF, so the first
# reader does not wait for it. Off, each PDF is made on its first request instead (for a bulk
# import of thousands of items, most of which nobody will print).
KNOWLEDGE_PDFS_ON_PUBLISH = True
# Certificates (credentials/): codes looked up per client address at /verificar/, so they cannot be
# tried by the thousand; CREDENTIALS_KEY_REQUIRED (production) refuses to sign without the key.
CREDENTIALS_VERIFY_RATE = "30/m"
CREDENTIALS_KEY_REQUIRED = False
# Peers (peers/): questions a member may send to colleagues who applied an item, per day.
PEERS_QUESTION_RATE = "5/d"
# Meeting (meeting/): jurors are reminded this many days before the jury's deadline.
MEETING_JURY_REMINDER_DAYS = 3
# Dashboard (dashboard/): seconds a computed figure is kept in the cache.
DASHBOARD_CACHE_SECONDS = 600

# Site search (search/): the database backend by default, Elasticsearch when ELASTICSEARCH_URL is
# set (Wagtail's own backend above then also moves there, for the admin's page search).
REDATT_SEARCH = {"BACKEND": "search.backends.database.DatabaseSearchBackend"}
# Search by meaning beside the words (search/semantic.py): on unless SEMANTIC_SEARCH is off; runs
# lexically, saying so in the log and /health/, where the model package is missing. THREADS: the
# engine's threads per process (one per web worker; the rebuild command uses every core).
REDATT_SEMANTIC = {"ENABLED": SEMANTIC_SEARCH is not False, "THREADS": 1}
if ELASTICSEARCH_URL:
    REDATT_SEARCH = {
        "BACKEND": "search.backends.elasticsearch.ElasticsearchSearchBackend",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX": ELASTICSEARCH_INDEX_PREFIX + "_site",
        "TIMEOUT": 5,
    }
