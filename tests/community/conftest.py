"""A community with a public and a private space, their members, a moderator and an outsider."""

import pytest

from django.core.cache import cache

from accounts.factories import UserFactory
from community.factories import (
    MembershipFactory,
    ThreadFactory,
)


@pytest.fixture(autouse=True)
def established_accounts(settings):
    """Test accounts are minutes old; only the approval tests want them treated as new."""
    settings.COMMUNITY_NEW_ACCOUNT_DAYS = 0
    cache.clear()  # rate-limit counters must not leak between tests


@pytest.fixture
def public_thread(public_space, member):
    return ThreadFactory(
        space=public_space,
        author=member,
        title="¿Cómo actualizar el catastro?",
        category="pregunta",
    )


@pytest.fixture
def private_thread(private_space, member):
    return ThreadFactory(
        space=private_space,
        author=member,
        title="Secreto del Pacífico",
        source="Contenido reservado del Pacífico",
    )


@pytest.fixture
def other_member(public_space, private_space):
    user = UserFactory(username="otro_miembro")
    MembershipFactory(space=public_space, user=user)
    MembershipFactory(space=private_space, user=user)
    return user


def login(client, user):
    client.force_login(user)
    return client
