"""The servers the tests of several servers start for themselves: Debian's `redis-server`
(installed by `make service-deps`) on 127.0.0.1, on a free port with a temporary folder, stopped
when the session ends. Missing, its tests skip on a laptop and fail in CI
(`tests.conftest.skip_or_fail`). The S3 server is in tests/conftest.py."""

import shutil
import subprocess
import time

import pytest

from django.core.cache import cache

from tests.conftest import free_port, skip_or_fail


def wait_until(answers, process, what, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what} exited at start (status {process.returncode})", pytrace=False)
        if answers():
            return
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"{what} did not answer within {timeout} s", pytrace=False)


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A throwaway Redis, no persistence, for this test process: its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        skip_or_fail("redis-server is not installed (make service-deps, or apt-get install it)")
    import redis

    port, folder = free_port(), tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(folder),
         "--save", "", "--appendonly", "no", "--logfile", str(folder / "redis.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=0.2)

    def answers():
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    wait_until(answers, process, "redis-server")
    yield f"redis://127.0.0.1:{port}/0"
    client.close()
    stop(process)


@pytest.fixture
def redis_cache(settings, redis_url):
    """The site's default cache on that Redis, as CACHE_URL=redis://… makes it in production;
    emptied before and after, as the suite's `fresh_cache` does for the memory cache."""
    from siteconf.settings.base import cache_config

    settings.CACHES = {"default": cache_config(redis_url)}
    cache.clear()
    yield cache
    cache.clear()
