"""Shared fixtures: users by role and a logged-in client for each."""

import pytest

from siteconf.accounts import roles
from siteconf.accounts.factories import UserFactory


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


def pytest_collection_modifyitems(config, items):
    """`@pytest.mark.postgresql` tests need PostgreSQL; elsewhere they skip (CI runs them there)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL (see README)")
    for item in items:
        if item.get_closest_marker("postgresql"):
            item.add_marker(skip)
