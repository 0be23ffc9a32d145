"""Events in a community with a public and a private space, and people in each role."""

import pytest

from django.test import Client

from accounts import roles
from accounts.factories import UserFactory
from community.factories import SpacePageFactory
from events.factories import EventFactory


def client_for(user):
    """Its own client, so a test may sign in several people at once."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def publisher(db):
    return UserFactory(username="esap_prueba", roles=[roles.TRAINING_PUBLISHERS])


@pytest.fixture
def other_space(community):
    """A space the moderator does not moderate."""
    return SpacePageFactory(parent=community, title="Catastro multipropósito")


@pytest.fixture
def webinar(editor):
    return EventFactory(title="Webinar de hacienda territorial", created_by=editor, capacity=2)


@pytest.fixture
def private_event(private_space, moderator):
    return EventFactory(
        title="Reunión reservada del Pacífico",
        kind="presencial",
        place="Gobernación de Nariño, salón 3",
        online_url="",
        space=private_space,
        created_by=moderator,
    )
