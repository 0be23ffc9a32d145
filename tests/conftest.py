"""Shared fixtures: users by role and a logged-in client for each."""

import pytest

from django.core.cache import cache

from accounts import roles
from accounts.factories import UserFactory


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


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_collection_modifyitems(config, items):
    """Tests that need Elasticsearch get `@pytest.mark.elasticsearch`, so that the PostgreSQL pass
    of CI, where they would run just as on SQLite, can leave them out (.ci/run).

    `@pytest.mark.postgresql` tests need PostgreSQL; elsewhere they skip (CI runs them there)."""
    from django.db import connection

    for item in items:
        if uses_elasticsearch(item):
            item.add_marker(pytest.mark.elasticsearch)
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL (see README)")
    for item in items:
        if item.get_closest_marker("postgresql"):
            item.add_marker(skip)
