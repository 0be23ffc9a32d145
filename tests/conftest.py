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
