"""Fixtures for the search suite, which runs once per backend (`search_backend`).

The Elasticsearch half needs a live Elasticsearch 8: ELASTICSEARCH_URL from the environment, or
one started here with .ci/elasticsearch.sh (downloaded from Maven Central on first use). When
neither works these tests skip on a laptop but fail in CI (CI=true): a green CI must mean a real
Elasticsearch answered. Content changes reach the index on transaction commit, as in production;
the helpers below run those commit callbacks, since each test runs inside one transaction.
"""

import os
import subprocess
import urllib.request
import uuid
from pathlib import Path

import pytest

from search.backends import get_search_backend
from tests.conftest import in_ci, skip_or_fail  # skip on a laptop, fail when CI=true

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".ci" / "elasticsearch.sh"
START_TIMEOUT = 240  # seconds; the script itself waits up to 120 s for the server to be healthy
FILLER = "<p>Texto de relleno.</p>"
NEUTRAL_FIELDS = {
    "guia": {"purpose": FILLER, "audience": "Equipos territoriales"},
    "leccion": {
        "programme": "Programa",
        **dict.fromkeys(
            ["context", "what_was_done", "what_worked", "what_did_not", "recommendation"], FILLER
        ),
    },
    "practica": dict.fromkeys(["problem", "solution", "replication_conditions"], FILLER),
}
BACKENDS = {
    "database": {"BACKEND": "search.backends.database.DatabaseSearchBackend"},
    "elasticsearch": {"BACKEND": "search.backends.elasticsearch.ElasticsearchSearchBackend"},
}


def already_running():
    """The URL of the script's server if it is up already (then we leave it running)."""
    done = subprocess.run([str(SCRIPT), "url"], capture_output=True, text=True, check=False)  # noqa: S603
    url = done.stdout.strip()
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=2):  # noqa: S310
            return url
    except (OSError, ValueError):
        return ""


@pytest.fixture(scope="session")
def elasticsearch_url():
    """A live Elasticsearch for the session; one we started is stopped at the end.

    In CI `make es-deps` has prepared everything, so the start only boots the server, and
    ES_NO_FETCH makes a missing piece fail at once with its reason instead of installing or
    downloading inside a test. START_TIMEOUT stays below pytest's per-test timeout (pyproject.toml)
    so that a start that hangs is reported as such.
    """
    url = os.environ.get("ELASTICSEARCH_URL", "") or already_running()
    started = False
    if not url:
        env = {**os.environ, "ES_NO_FETCH": "1"} if in_ci() else None
        try:
            done = subprocess.run(  # noqa: S603 - our own script, fixed arguments
                [str(SCRIPT), "start"],
                capture_output=True,
                text=True,
                timeout=START_TIMEOUT,
                env=env,
            )
        except subprocess.TimeoutExpired:
            skip_or_fail(
                f"`{SCRIPT.name} start` did not finish in {START_TIMEOUT} s; a first start also"
                " downloads Elasticsearch: run `make es-deps` once, then the tests again"
            )
        except OSError as error:
            skip_or_fail(f"could not run {SCRIPT} start: {error}")
        if done.returncode != 0:
            skip_or_fail(
                f"Elasticsearch unavailable: `{SCRIPT.name} start` failed: {done.stderr[-800:]}"
            )
        url = done.stdout.strip().removeprefix("export ELASTICSEARCH_URL=")
        started = True
    yield url
    if started:
        subprocess.run([str(SCRIPT), "stop"], capture_output=True, check=False)  # noqa: S603


@pytest.fixture(params=list(BACKENDS))
def search_backend(request, settings, db):
    """The site search on each backend in turn, with an empty index."""
    config = dict(BACKENDS[request.param])
    if request.param == "elasticsearch":
        url = request.getfixturevalue("elasticsearch_url")
        # Each write refreshes the index at once: visible to the next search without waiting for
        # Elasticsearch's next scheduled refresh (up to a second per write with "wait_for").
        config.update(URLS=[url], INDEX=f"redatt_test_{uuid.uuid4().hex[:8]}", REFRESH=True)
    settings.REDATT_SEARCH = config
    get_search_backend.cache_clear()
    backend = get_search_backend()
    if request.param == "elasticsearch":
        if not backend.is_available():
            skip_or_fail(f"Elasticsearch at {config['URLS'][0]} does not answer")
        backend.reset()
    yield backend
    if request.param == "elasticsearch":
        for name in backend.behind_alias():
            backend.client.indices.delete(index=name, ignore_unavailable=True)
    get_search_backend.cache_clear()


@pytest.fixture
def library(search_backend, committed):
    from knowledge.factories import create_library

    with committed():
        return create_library(summary="Índice de recursos.")


@pytest.fixture
def make_page(library, committed):
    """A published library page with neutral filler text unless given."""
    from knowledge.factories import GuidePageFactory, LessonPageFactory, PracticePageFactory

    factories = {"guia": GuidePageFactory, "leccion": LessonPageFactory}
    factories["practica"] = PracticePageFactory

    def make(title, kind="guia", summary="Texto de prueba.", **kwargs):
        factory = factories[kind]
        defaults = {"parent": library, "title": title, "summary": summary}
        defaults.update(NEUTRAL_FIELDS[kind])
        with committed():
            return factory(**{**defaults, **kwargs})

    return make
