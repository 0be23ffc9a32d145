""" "¿Quién ya lo aplicó en un municipio como el mío?" on guides and practices: the entities that
applied the item or shared it, nearest to the reader first, with only the members who agreed to be
contacted; visitors see the entities and a sign-in link; the cost does not grow with adopters."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.factories import SpacePageFactory, ThreadFactory
from knowledge.factories import LessonPageFactory

from .conftest import (
    CARMEN_DEL_DARIEN,
    MEDELLIN,
    MURINDO,
    QUIBDO,
    adopt,
    ask_url,
    colleague,
    listed_entities,
    peers_section,
)


@pytest.fixture
def adopters(practice, marta):
    """Applied in Medellín (elsewhere), Quibdó (same department), Murindó (comparable) and
    Carmen del Darién itself, recorded in that order."""
    adopt(practice, colleague("Alcaldía de Medellín", MEDELLIN, contactable=True))
    adopt(practice, colleague("Alcaldía de Quibdó", QUIBDO, contactable=True))
    adopt(practice, marta)
    adopt(practice, colleague("Personería de Carmen del Darién", CARMEN_DEL_DARIEN))
    return practice


def test_nearest_first_same_town_then_comparable_then_department_then_the_rest(
    client, lucia, adopters
):
    client.force_login(lucia)
    section = peers_section(client, adopters)
    assert listed_entities(section) == [
        "Una entidad",  # the Personería: nobody there agreed to be contacted
        "Alcaldía de Murindó",
        "Alcaldía de Quibdó",
        "Alcaldía de Medellín",
    ]
    text = section.get_text(" ", strip=True)
    assert "Murindó, Antioquia · Municipio como el suyo" in text
    assert "Quibdó, Chocó · En su departamento" in text
    assert "Una entidad · Carmen del Darién, Chocó · En su municipio" in text
    assert "PDET de la subregión Chocó" in text  # the rule, in plain words


def test_contactable_members_are_listed_with_a_link_to_write_to_them(
    client, lucia, adopters, marta
):
    client.force_login(lucia)
    murindo = peers_section(client, adopters).select("ul.peer-list > li")[1]
    assert "Marta Palacios" in murindo.get_text()
    assert murindo.find("a", string="Escribirle")["href"] == ask_url(adopters, marta)


def test_members_who_did_not_consent_are_never_listed(client, lucia, adopters):
    quiet = colleague("Alcaldía de Murindó", MURINDO, username="jorge", first_name="Jorge")
    adopt(adopters, quiet)
    client.force_login(lucia)
    section = peers_section(client, adopters)
    assert "Jorge" not in section.get_text()
    assert ask_url(adopters, quiet) not in str(section)
    personeria = section.select("ul.peer-list > li")[0]
    assert personeria.find("a", string="Escribirle") is None  # its adopter did not consent


def test_a_colleague_of_the_same_entity_who_consented_is_listed_though_someone_else_adopted(
    client, lucia, practice
):
    adopt(practice, colleague("Alcaldía de Murindó", MURINDO))
    colleague("Alcaldía de Murindó", MURINDO, contactable=True, first_name="Rosa", last_name="Mena")
    colleague("Alcaldía de Murindó", QUIBDO, contactable=True, first_name="Otra", last_name="Sede")
    client.force_login(lucia)
    text = peers_section(client, practice).get_text(" ", strip=True)
    assert "Rosa Mena" in text
    assert "Otra Sede" not in text  # same name, another place: another entity


def test_names_follow_each_members_consent_to_show_who_they_are(client, lucia, practice):
    private = colleague(
        "Alcaldía de Murindó", MURINDO, contactable=True, first_name="Nadia",
        consent__show_identity=False,
    )  # fmt: skip
    adopt(practice, private)
    client.force_login(lucia)
    text = peers_section(client, practice).get_text(" ", strip=True)
    assert "Nadia" not in text
    assert "Miembro de Red ATT · Escribirle" in text


def test_visitors_see_the_entities_only_and_a_sign_in_link(client, adopters, marta):
    section = peers_section(client, adopters)
    assert "Alcaldía de Murindó" in listed_entities(section)
    assert "Marta" not in section.get_text()
    assert not section.find("a", string="Escribirle")
    sign_in = section.find("a", string="Ingrese")
    assert sign_in["href"] == f"/cuenta/ingresar/?next={adopters.url}%23quien-ya-lo-aplico"


def test_a_member_does_not_see_themself_as_someone_to_write_to(client, adopters, marta):
    client.force_login(marta)
    assert "Marta Palacios" not in peers_section(client, adopters).get_text()


def test_guides_show_it_too_from_adoptions_and_lessons_do_not(client, lucia, guide, marta, library):
    adopt(guide, marta)
    client.force_login(lucia)
    assert listed_entities(peers_section(client, guide)) == ["Alcaldía de Murindó"]
    lesson = LessonPageFactory(parent=library)
    assert peers_section(client, lesson) is None


def test_a_practice_shared_in_a_public_space_lists_the_authors_entity_if_they_allowed_it(
    client, lucia, practice, community
):
    space = SpacePageFactory(parent=community)
    private = SpacePageFactory(parent=community, visibility="privado")
    shown = colleague("Gobernación del Chocó", QUIBDO)  # agreed to show name and entity
    hidden = colleague("Secreto S.A.S.", QUIBDO, consent__show_identity=False)
    ThreadFactory(space=space, practice=practice, author=shown)
    ThreadFactory(space=space, practice=practice, author=hidden)
    ThreadFactory(space=private, practice=practice, author=colleague("Interna", MEDELLIN))
    client.force_login(lucia)
    section = peers_section(client, practice)
    assert listed_entities(section) == ["Gobernación del Chocó"]
    assert "la compartió en la comunidad" in section.get_text()


def test_an_item_nobody_applied_says_so(client, lucia, practice):
    client.force_login(lucia)
    assert "Todavía ninguna entidad" in peers_section(client, practice).get_text()


def test_the_number_of_queries_does_not_grow_with_the_adopters(client, lucia, practice):
    client.force_login(lucia)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            peers_section(client, practice)
        return len(captured)

    adopt(practice, colleague("Alcaldía de Murindó", MURINDO, contactable=True))
    queries()  # the first request warms what every page loads once (site, settings)
    few = queries()
    for code, name in [(QUIBDO, "Quibdó"), (MEDELLIN, "Medellín"), (CARMEN_DEL_DARIEN, "Carmen")]:
        for n in range(3):
            adopt(practice, colleague(f"Entidad {name} {n}", code, contactable=True))
    assert queries() == few


def test_an_entity_nobody_there_agreed_to_name_shows_only_its_place(client, lucia, practice):
    adopt(practice, colleague("Alcaldía de Quibdó", QUIBDO))
    for reader in (None, lucia):
        if reader:
            client.force_login(reader)
        section = peers_section(client, practice)
        assert listed_entities(section) == ["Una entidad"]
        assert "Quibdó, Chocó" in section.get_text()
        assert "Alcaldía de Quibdó" not in client.get(practice.url).content.decode()
