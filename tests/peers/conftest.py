"""Colleagues in real municipalities of the shipped DIVIPOLA, a practice and a guide, and the
helpers the peers tests share."""

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from knowledge.adoption import record_adoption
from knowledge.factories import GuidePageFactory, PracticePageFactory, create_library
from peers.consent import set_contactable
from reference.models import Municipality

CARMEN_DEL_DARIEN = "27150"  # Chocó, PDET (subregión Chocó), no category in the shipped data
MURINDO = "05475"  # Antioquia, PDET of the same subregion: comparable to Carmen del Darién
QUIBDO = "27001"  # Chocó, not PDET: same department only
MEDELLIN = "05001"  # Antioquia, special category: elsewhere
MITU = "97001"  # Vaupés, sixth category, MDM group C, not PDET


def colleague(entity, code, contactable=False, **fields):
    """A member of `entity` (written on the profile) in the municipality with DANE `code`."""
    user = UserFactory(**fields)
    town = Municipality.objects.get(code=code)
    profile = user.profile
    profile.entity_other, profile.municipality, profile.department = entity, town, town.department
    profile.save()
    if contactable:
        set_contactable(user, True)
    return user


def adopt(page, user):
    """The member's entity records "La estamos aplicando", through the library's own service."""
    return record_adoption(user, page)[0]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def peers_section(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup_of(response).find(id="quien-ya-lo-aplico")


def listed_entities(section):
    return [li.find("strong").get_text(strip=True) for li in section.select("ul.peer-list > li")]


def ask_url(page, user):
    return f"/colegas/preguntar/{page.pk}/{user.pk}/"


@pytest.fixture
def library(db):
    return create_library()


@pytest.fixture
def practice(library):
    return PracticePageFactory(parent=library, title="Banco de proyectos compartido")


@pytest.fixture
def guide(library):
    return GuidePageFactory(parent=library, title="Guía de formulación de proyectos")


@pytest.fixture
def lucia(db):
    """The new member from Carmen del Darién, outside the old sample."""
    return colleague(
        "Alcaldía de Carmen del Darién", CARMEN_DEL_DARIEN, username="lucia", first_name="Lucía"
    )


@pytest.fixture
def marta(db):
    """Murindó's planner: applied it, and agreed to be contacted."""
    return colleague(
        "Alcaldía de Murindó", MURINDO, contactable=True, username="marta", first_name="Marta",
        last_name="Palacios",
    )  # fmt: skip
