"""Two gunicorn servers over one PostgreSQL, one Elasticsearch, one Redis and one object store
behave as one site: a member signed in on one stays signed in on the other, failed logins on both
add up to one limit, the uploads and stored PDFs one server has are the other's too, and both
search the one index. Real gunicorns with the production settings, as an operator runs them behind
the proxy (README, "Más allá de un servidor")."""

import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from django.core.files.base import ContentFile
from django.db import connection

from wagtail.documents import get_document_model

from accounts.factories import UserFactory
from knowledge.factories import GuidePageFactory, create_library
from tests.conftest import S3_CREDENTIALS, free_port

pytestmark = pytest.mark.postgresql  # the database several servers share
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "clave-de-prueba-123"  # UserFactory's
ACCOUNT_LOCKED = "el ingreso a esta cuenta queda bloqueado"
MINUTES = b"%PDF-1.4 acta compartida entre servidores"


class Browser:
    """One person's cookies, sent to whichever server answers: the proxy in front of several
    gunicorns sends each request to any of them. (The production cookies are Secure, which an
    ordinary cookie jar would keep off plain http; here the proxy's TLS is left out.)"""

    def __init__(self):
        self.cookies = {}

    def get(self, server, path, **kwargs):
        return self._keep(requests.get(server + path, cookies=self.cookies, timeout=30, **kwargs))

    def post(self, server, path, data, **kwargs):
        page = self.get(server, path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        headers = {"Referer": server + path, **kwargs.pop("headers", {})}
        return self._keep(requests.post(
            server + path, data={"csrfmiddlewaretoken": token, **data}, cookies=self.cookies,
            headers=headers, timeout=30, allow_redirects=False, **kwargs,
        ))  # fmt: skip

    def _keep(self, response):
        for past in [*response.history, response]:
            self.cookies.update(past.cookies.get_dict())
        return response


def log_in(browser, server, username, password=PASSWORD, address="203.0.113.7"):
    return browser.post(
        server, "/cuenta/ingresar/", {"login": username, "password": password},
        headers={"X-Forwarded-For": address},
    )  # fmt: skip


@pytest.fixture
def search_index(elasticsearch_url):
    """The site's Elasticsearch settings for both servers, under a prefix of this test's own; its
    indexes are deleted afterwards."""
    prefix = f"redatt_two_servers_{uuid.uuid4().hex[:8]}"
    yield {"ELASTICSEARCH_URL": elasticsearch_url, "ELASTICSEARCH_INDEX_PREFIX": prefix}
    listed = requests.get(f"{elasticsearch_url}/_cat/indices/{prefix}*?h=index", timeout=30)
    for index in listed.text.split():
        requests.delete(f"{elasticsearch_url}/{index}", timeout=30)


@pytest.fixture
def environment(redis_url, object_store, search_index, tmp_path):
    """The production settings' environment, as the operator sets it on every server."""
    url = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{connection.settings_dict['NAME']}"
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.production",
        "SECRET_KEY": "k" * 60,
        "DATABASE_URL": url,
        "CACHE_URL": redis_url,
        "AWS_STORAGE_BUCKET_NAME": object_store.bucket,
        "AWS_S3_ENDPOINT_URL": object_store.endpoint,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "off",
        "TRUSTED_PROXY_COUNT": "1",
        "SEMANTIC_SEARCH": "off",
        "STATIC_ROOT": str(tmp_path / "static"),
        **S3_CREDENTIALS,
        **search_index,
    }
    # The release step: production serves the collected, hashed static files (whitenoise).
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT, env=environment, check=True, timeout=300,
    )  # fmt: skip
    return environment


@pytest.fixture
def two_servers(environment, tmp_path):
    """Two gunicorns on this database, Elasticsearch, Redis and bucket: their base URLs."""
    servers, processes = [], []
    for name in ("a", "b"):
        port = free_port()
        log = (tmp_path / f"gunicorn-{name}.log").open("w")
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "siteconf.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", "1"],
            cwd=ROOT, env=environment, stdout=log, stderr=log,
        ))  # fmt: skip
        servers.append(f"http://127.0.0.1:{port}")
    try:
        for server, process in zip(servers, processes, strict=True):
            wait_for(server, process)
        yield servers
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)


def wait_for(server, process, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "gunicorn exited at start"
        try:
            if requests.get(f"{server}/health/", timeout=30).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(0.2)
    pytest.fail(f"{server} did not answer within {timeout} s", pytrace=False)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_servers_are_one_site(environment, two_servers, settings):
    first, second = two_servers
    # Passwords hashed as production checks them (the test settings' fast hasher is not there).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    member = UserFactory(username="lucia_mitu")
    other = UserFactory(username="pedro_caruru")
    document = get_document_model().objects.create(
        title="Acta", file=ContentFile(MINUTES, name="acta.pdf")
    )
    guide = GuidePageFactory(parent=create_library(), title="Guía del empalme")

    # Signed in on one, signed in on the other.
    lucia = Browser()
    assert log_in(lucia, first, member.username).status_code == 302
    assert lucia.get(second, "/cuenta/perfil/", allow_redirects=False).status_code == 200
    assert Browser().get(second, "/cuenta/perfil/", allow_redirects=False).status_code == 302

    # Failed logins on both servers add up to one limit, whichever server is asked next.
    for number in range(5):
        for server in (first, second):
            log_in(Browser(), server, other.username, "mala", address=f"192.0.2.{number + 1}")
    assert ACCOUNT_LOCKED in log_in(Browser(), second, other.username).text
    assert ACCOUNT_LOCKED in log_in(Browser(), first, other.username).text

    # The uploads are the same on both; a PDF one server made and stored, the other serves.
    for server in (first, second):
        assert requests.get(server + document.url, timeout=30).content == MINUTES
    made = requests.get(f"{first}{guide.url}pdf/", timeout=60)
    assert made.headers["Content-Type"] == "application/pdf"
    assert requests.get(f"{second}{guide.url}pdf/", timeout=60).content == made.content

    # Both search the one index the release step built (the search by meaning is off here).
    subprocess.run(
        [sys.executable, "manage.py", "rebuild_search_index"],
        cwd=ROOT, env=environment, check=True,
        capture_output=True, timeout=300,
    )  # fmt: skip
    engine, index = environment["ELASTICSEARCH_URL"], environment["ELASTICSEARCH_INDEX_PREFIX"]
    assert requests.get(f"{engine}/{index}_site/_count", timeout=30).json()["count"] >= 1
    for server in (first, second):
        assert requests.get(f"{server}/health/", timeout=30).json()["search"] == "ok"
        found = requests.get(f"{server}/buscar/", params={"q": "empalme"}, timeout=30)
        assert "Guía del empalme" in found.text, server
