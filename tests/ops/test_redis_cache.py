"""CACHE_URL=redis://… puts the cache on Redis (Django's own RedisCache), and with it what several
gunicorn processes, on one machine or many, must count together: failed logins, sign-ups, posts,
anonymous answers. Against a real redis-server started for the tests (conftest.py)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.cache import cache
from django.test import Client

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "clave-de-prueba-123"  # UserFactory's
ACCOUNT_LOCKED = "el ingreso a esta cuenta queda bloqueado"


def log_in(client, login, password=PASSWORD, address="203.0.113.7"):
    response = client.post(
        "/cuenta/ingresar/", {"login": login, "password": password}, REMOTE_ADDR=address
    )
    return response.content.decode()


def in_another_process(redis_url, script):
    """Run `script` in a separate Python process with the production settings on that Redis,
    as another gunicorn worker (on this machine or another) would run; its printed JSON."""
    environment = {
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.production",
        "SECRET_KEY": "k" * 60,
        "DATABASE_URL": "postgres://redatt@127.0.0.1:9/never-connected",  # the cache is enough
        "CACHE_URL": redis_url,
        "TRUSTED_PROXY_COUNT": "0",
        "PATH": "/usr/bin:/bin",
    }
    prelude = "import json, django; django.setup()\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_cache_url_redis_selects_djangos_own_redis_cache(redis_url):
    from siteconf.settings.base import cache_config

    config = cache_config(redis_url.replace("redis://", "rediscache://"))
    assert config["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert config["LOCATION"] == redis_url
    assert cache_config("dbcache://redatt_cache")["BACKEND"].endswith("DatabaseCache")


def test_failed_logins_from_two_clients_add_up_in_redis(redis_cache, redis_url):
    import redis

    member = UserFactory(username="marta_ipiales")
    office, home = Client(), Client()
    for number in range(5):
        log_in(office, member.username, "mala", address=f"192.0.2.{number + 1}")
        log_in(home, member.username, "mala", address=f"198.51.100.{number + 1}")
    assert redis.Redis.from_url(redis_url).dbsize() > 0  # the counts are in Redis, not here
    assert ACCOUNT_LOCKED in log_in(Client(), member.username, address="203.0.113.50")


def test_failed_logins_counted_by_another_process_lock_the_account_here(redis_cache, redis_url):
    member = UserFactory(username="marta_ipiales")
    counted = in_another_process(
        redis_url,
        f"""
from allauth.core import ratelimit
from django.test import RequestFactory
from accounts.adapter import login_attempts_key
from django.contrib.auth import get_user_model
key = login_attempts_key(get_user_model()(pk={member.pk}))
consumed = 0
for number in range(10):
    request = RequestFactory().post("/cuenta/ingresar/", REMOTE_ADDR=f"192.0.2.{{number + 1}}")
    consumed += bool(ratelimit.consume(request, action="login_failed", key=key))
print(json.dumps(consumed))
""",
    )
    assert counted == 10
    assert ACCOUNT_LOCKED in log_in(Client(), member.username, address="203.0.113.50")


def test_this_process_sees_what_another_process_cached_and_clear_empties_it(redis_cache, redis_url):
    """The dashboard's figures and the site's root link are cached once for every process;
    `cache.clear()` (what each test starts with) empties what other processes stored too."""
    in_another_process(
        redis_url,
        "from django.core.cache import cache; cache.set('cifra', [1, 2, 3], 60); print('1')",
    )
    assert cache.get("cifra") == [1, 2, 3]
    cache.clear()
    assert cache.get("cifra") is None
    script = "from django.core.cache import cache; print(json.dumps(cache.get('cifra')))"
    assert in_another_process(redis_url, script) is None


def test_django_ratelimit_counts_in_redis_across_connections(redis_cache, rf):
    """The community's and the library's limits (django-ratelimit) use the same cache: hits made
    through another connection (another thread has its own cache client and connection pool, as
    another process would) count towards the same limit."""
    from concurrent.futures import ThreadPoolExecutor

    from django_ratelimit.core import is_ratelimited

    def limited():
        request = rf.post("/", REMOTE_ADDR="203.0.113.9")
        return is_ratelimited(
            request, group="prueba", key="ip", rate="3/m", method="POST", increment=True
        )

    with ThreadPoolExecutor(max_workers=1) as elsewhere:
        assert [elsewhere.submit(limited).result() for _ in range(2)] == [False, False]
    assert [limited(), limited()] == [False, True]
