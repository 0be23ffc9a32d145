"""Shared fixtures: users by role and a logged-in client for each; the uploads on an S3 bucket."""

import os
import socket
import subprocess
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytest_django.plugin import blocking_manager_key

from django.core.cache import cache

from accounts import roles
from accounts.factories import UserFactory
from community.factories import MembershipFactory, SpacePageFactory, create_community

from .snapshot import DEMO


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def skip_or_fail(reason):
    """Skip on a laptop, fail in CI, where a missing tool must not turn into a green run."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters (login, sign-up, posting) and used two-factor codes live in the cache,
    the typo vocabulary in the process: each test starts without any."""
    cache.clear()
    # The typo vocabulary each process keeps is read again when the words' count or last id
    # changes; rolled-back tests reuse ids, so another test's words could pass for this one's.
    from search import spelling

    spelling._vocabulary.version = None


@pytest.fixture(autouse=True, scope="session")
def remembered_embeddings():
    """The model, once loaded, answers texts it has embedded before from disk (embeddings.py)."""
    from search import semantic

    from .embeddings import RememberedEncoder

    load = semantic._load

    def load_remembering():
        model = load()
        if model is not None and not isinstance(model, RememberedEncoder):
            model = semantic._state["model"] = RememberedEncoder(model)
        return model

    semantic._load = load_remembering
    yield
    semantic._load = load


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """The demo, seeded once in this process the first time a test asks for it (snapshot.py)."""
    yield DEMO
    with django_db_blocker.unblock():
        DEMO.discard()


@pytest.fixture(scope="module")
def seeded_demo(demo_database, django_db_blocker):
    """The seeded demo, for tests that read it (with `db`: each in a transaction rolled back
    after it, so what one writes is gone for the next). Module-scoped so that the first seeding
    happens before any test's transaction opens; `pytest_runtest_setup` puts the copy back."""
    with django_db_blocker.unblock():
        demo_database.load()


def pytest_runtest_setup(item):
    """Before a test's fixtures open its transaction: the demo copy back for a test that asks for
    the demo and finds it gone, the bare database for one that does not ask and would find it."""
    wants_demo = "seeded_demo" in item.fixturenames
    if DEMO.seeded is not None and wants_demo != DEMO.loaded:
        with item.config.stash[blocking_manager_key].unblock():
            DEMO.load() if wants_demo else DEMO.unload()


@pytest.fixture
def semantic_search(settings):
    """Search by meaning on (the test settings turn it off: it costs an embedding per passage,
    which every page published in a test would pay)."""
    settings.REDATT_SEMANTIC = {"ENABLED": True, "THREADS": 1}  # one per test process


@pytest.fixture
def committed(db, django_capture_on_commit_callbacks):
    """`with committed(): …` runs the index updates (and what else waits for the commit) that a
    real commit would trigger: each test runs inside one transaction."""

    def context():
        return django_capture_on_commit_callbacks(execute=True)

    return context


@pytest.fixture
def admin_user(db):
    """pytest-django's superuser (and `admin_client`'s), set up as a real one is: two-factor
    enrolled, verified address, consent given."""
    return UserFactory(username="admin", is_superuser=True, is_staff=True, roles=[])


@pytest.fixture
def member(db):
    return UserFactory(username="miembro_prueba")


@pytest.fixture
def editor(db):
    return UserFactory(username="editora_prueba", roles=[roles.EDITORS])


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def uses_elasticsearch(item):
    """Whether a test talks to a live Elasticsearch: it asks for the session's `elasticsearch_url`
    (directly or through another fixture), or it is the "elasticsearch" turn of `search_backend`
    (tests/search/conftest.py), which asks for that URL only once it runs."""
    callspec = getattr(item, "callspec", None)
    return "elasticsearch_url" in getattr(item, "fixturenames", ()) or (
        callspec is not None and callspec.params.get("search_backend") == "elasticsearch"
    )


ROOT = Path(__file__).resolve().parent.parent
ENGINES = ("sqlite", "postgresql")


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_configure(config):
    """Each pytest-xdist worker keeps its uploads in a folder of its own: every worker's database
    numbers its pages from the same ids, so in a shared folder one worker deleted the stored PDF
    another had just written (CI, stop 35)."""
    from django.conf import settings

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker and settings.configured:
        settings.MEDIA_ROOT = settings.MEDIA_ROOT / worker


def pytest_collection_modifyitems(config, items):
    """Tests that need Elasticsearch get `@pytest.mark.elasticsearch`, so that the PostgreSQL pass
    of CI, where they would run just as on SQLite, can leave them out (.ci/run); but not a test
    written for PostgreSQL (the two servers over one database and one Elasticsearch), which only
    that pass runs.

    A test marked with an engine (`@pytest.mark.postgresql`, `@pytest.mark.sqlite`) checks what only
    that engine does: on the other one it is deselected, not skipped, since CI's other pass runs
    it (a skip in CI's report would mean something was not tested)."""
    from django.db import connection

    for item in items:
        if uses_elasticsearch(item) and not item.get_closest_marker("postgresql"):
            item.add_marker(pytest.mark.elasticsearch)
    unserialized = [
        item.nodeid
        for item in items
        if (mark := item.get_closest_marker("django_db"))
        and mark.kwargs.get("transaction")
        and not mark.kwargs.get("serialized_rollback")
    ]
    if unserialized:  # its flush would recreate content types under new ids: the next
        raise pytest.UsageError(  # serialized test's restore then fails on PostgreSQL
            "Tests with transaction=True need serialized_rollback=True as well: "
            + ", ".join(unserialized)
        )
    other_engine = [e for e in ENGINES if e != connection.vendor]
    elsewhere = [i for i in items if any(i.get_closest_marker(e) for e in other_engine)]
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        left_out = set(elsewhere)
        items[:] = [i for i in items if i not in left_out]
        config._engine_deselected = len(elsewhere)
        if hasattr(config, "workeroutput"):  # a pytest-xdist worker: tell the main process
            config.workeroutput["engine_deselected"] = len(elsewhere)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """pytest-xdist's main process hears what its workers (each collecting every test) left out."""
    count = getattr(node, "workeroutput", {}).get("engine_deselected", 0)
    node.config._engine_deselected = max(count, getattr(node.config, "_engine_deselected", 0))


def pytest_terminal_summary(terminalreporter, config):
    """Say which tests this database left to the other pass, so nobody mistakes them for run."""
    from django.db import connection

    if count := getattr(config, "_engine_deselected", 0):
        other = " / ".join(e for e in ENGINES if e != connection.vendor)
        terminalreporter.write_line(
            f"{count} tests written for {other} were deselected on this database: "
            "CI runs them in its other pass (README, Tests)."
        )


# Elasticsearch: ELASTICSEARCH_URL from the environment, or one started with .ci/elasticsearch.sh
# (downloaded from Maven Central on first use). When neither works the tests that need it skip on a
# laptop but fail in CI (CI=true): a green CI must mean a real Elasticsearch answered.
ES_SCRIPT = ROOT / ".ci" / "elasticsearch.sh"
ES_START_TIMEOUT = 240  # seconds; the script itself waits up to 120 s for the server to be healthy


def already_running():
    """The URL of the script's server if it is up already (then we leave it running)."""
    done = subprocess.run([str(ES_SCRIPT), "url"], capture_output=True, text=True, check=False)  # noqa: S603
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
    downloading inside a test. ES_START_TIMEOUT stays below pytest's per-test timeout
    (pyproject.toml) so that a start that hangs is reported as such.
    """
    url = os.environ.get("ELASTICSEARCH_URL", "") or already_running()
    started = False
    if not url:
        env = {**os.environ, "ES_NO_FETCH": "1"} if in_ci() else None
        try:
            done = subprocess.run(  # noqa: S603 - our own script, fixed arguments
                [str(ES_SCRIPT), "start"],
                capture_output=True,
                text=True,
                timeout=ES_START_TIMEOUT,
                env=env,
            )
        except subprocess.TimeoutExpired:
            skip_or_fail(
                f"`{ES_SCRIPT.name} start` did not finish in {ES_START_TIMEOUT} s; a first start"
                " also downloads Elasticsearch: run `make es-deps` once, then the tests again"
            )
        except OSError as error:
            skip_or_fail(f"could not run {ES_SCRIPT} start: {error}")
        if done.returncode != 0:
            skip_or_fail(
                f"Elasticsearch unavailable: `{ES_SCRIPT.name} start` failed: {done.stderr[-800:]}"
            )
        url = done.stdout.strip().removeprefix("export ELASTICSEARCH_URL=")
        started = True
    yield url
    if started:
        subprocess.run([str(ES_SCRIPT), "stop"], capture_output=True, check=False)  # noqa: S603


# A community with a public and a private space, a moderator and an outsider (tests/community,
# tests/events).


@pytest.fixture
def community(db):
    return create_community()


@pytest.fixture
def moderator(db):
    return UserFactory(username="moderadora", roles=[roles.MODERATORS])


@pytest.fixture
def outsider(db):
    return UserFactory(username="ajena")


@pytest.fixture
def public_space(community, moderator, member):
    space = SpacePageFactory(parent=community, title="Hacienda territorial", moderators=[moderator])
    MembershipFactory(space=space, user=member)
    return space


@pytest.fixture
def private_space(community, moderator, member):
    space = SpacePageFactory(
        parent=community, title="Región Pacífico", visibility="privado", moderators=[moderator]
    )
    MembershipFactory(space=space, user=member)
    return space


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    """An S3-compatible server on 127.0.0.1 (moto's, a dev dependency, in this test process)."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


S3_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "redatt-tests",
    "AWS_SECRET_ACCESS_KEY": "redatt-tests-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
}


@pytest.fixture
def object_store(settings, monkeypatch, s3_endpoint):
    """The site's uploads on a new, empty bucket of that server, as AWS_STORAGE_BUCKET_NAME makes
    them in production: the bucket's name, its boto3 client, and the server's URL."""
    import boto3

    from siteconf.settings.base import object_storage

    for name, value in S3_CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    bucket = f"redatt-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=bucket)
    options = {"endpoint_url": s3_endpoint, "region_name": "us-east-1"}
    settings.STORAGES = {**settings.STORAGES, "default": object_storage(bucket, options)}
    return SimpleNamespace(bucket=bucket, client=client, endpoint=s3_endpoint)
