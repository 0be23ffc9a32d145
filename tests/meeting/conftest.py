"""Meeting fixtures: a library with practices from two entities, an edition, jurors by entity."""

import pytest

from accounts import roles
from accounts.factories import UserFactory
from knowledge.factories import PracticePageFactory, create_library
from meeting.factories import create_edition
from reference.models import Entity


def juror_from(entity_slug, username):
    user = UserFactory(username=username, roles=[roles.JURY])
    user.profile.entity = Entity.objects.get(slug=entity_slug)
    user.profile.save()
    return user


@pytest.fixture
def library(db):
    return create_library()


@pytest.fixture
def practices(library):
    """Two published practices, one offered by DNP, one by the Gobernación de Nariño."""
    return [
        PracticePageFactory(parent=library, title="Catastro multipropósito en Pasto", entity="dnp"),
        PracticePageFactory(
            parent=library,
            title="Presupuesto participativo en Ipiales",
            entity="gobernacion-de-narino",
        ),
    ]


@pytest.fixture
def juror(db):
    """A juror from the FND: no conflict with either practice."""
    return juror_from("fnd", "jurado_fnd")


@pytest.fixture
def other_juror(db):
    return juror_from("esap", "jurado_esap")


@pytest.fixture
def edition(db, juror, other_juror):
    return create_edition(year=2026, call="open", jurors=[juror, other_juror])
