"""Shared fixtures: users by role and a logged-in client for each."""

import os

import pytest

from django.core.cache import cache

from accounts import roles
from accounts.factories import UserFactory


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def skip_or_fail(reason):
    """Skip on a laptop, fail in CI, where a missing tool must not turn into a green run."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters (login, sign-up, posting) and used two-factor codes live in the cache:
    each test starts without any."""
    cache.clear()


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


ENGINES = ("sqlite", "postgresql")


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_collection_modifyitems(config, items):
    """Tests that need Elasticsearch get `@pytest.mark.elasticsearch`, so that the PostgreSQL pass
    of CI, where they would run just as on SQLite, can leave them out (.ci/run).

    A test marked with an engine (`@pytest.mark.postgresql`, `@pytest.mark.sqlite`) checks what only
    that engine does: on the other one it is deselected, not skipped, since CI's other pass runs
    it (a skip in CI's report would mean something was not tested)."""
    from django.db import connection

    for item in items:
        if uses_elasticsearch(item):
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
