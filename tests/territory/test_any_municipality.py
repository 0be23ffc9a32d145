"""An official from any of the 1,122 DIVIPOLA entries signs up by typing their municipality and
entity, is offered "Municipios como el mío" in plain words when it matches someone, and has a page
for their municipality and department."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.factories import UserFactory, member_in_municipality
from knowledge.factories import AdoptionFactory, PracticePageFactory, create_library
from reference.models import Department, Entity, Municipality
from training.factories import CohortFactory, CoursePageFactory, create_plan
from training.models import Enrollment

pytestmark = pytest.mark.django_db

User = get_user_model()
CARMEN_LABEL = "Municipios como el mío: PDET de la subregión Chocó"
MITU_LABEL = (
    "Municipios como el mío: de sexta categoría que no son PDET o están en su mismo grupo de "
    "capacidades"
)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def signup(client, **fields):
    data = {
        "username": "funcionaria_darien", "first_name": "Yolanda", "last_name": "Mosquera",
        "email": "yolanda@example.org", "password1": "una-clave-muy-segura-2026",
        "password2": "una-clave-muy-segura-2026", "position": "Secretaria de planeación",
        "accept_policy": "on", **fields,
    }  # fmt: skip
    return client.post("/cuenta/registro/", data)


def like_mine_label(page):
    box = page.select_one("aside.facets input[name='como_el_mio']")
    if box is None:
        return None
    return box.find_parent("label").get_text(" ", strip=True).rpartition(" (")[0]


@pytest.fixture
def library(db):
    library = create_library()
    PracticePageFactory(
        parent=library, title="Parteras del Atrato en Riosucio", municipalities=["27615"]
    )
    PracticePageFactory(
        parent=library, title="Huertas escolares en Leticia", municipalities=["91001"]
    )
    PracticePageFactory(parent=library, title="Catastro en Ipiales", municipalities=["52356"])
    return library


def test_an_official_from_carmen_del_darien_signs_up_by_typing_it(client):
    response = signup(
        client, municipality="carmen del darien", entity="Alcaldía de Carmen del Darién"
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    profile = User.objects.get(username="funcionaria_darien").profile
    assert profile.municipality.code == "27150"
    assert profile.department.code == "27"
    assert profile.entity.name == "Alcaldía de Carmen del Darién"


def test_and_then_sees_comparable_items_in_plain_words_and_opens_the_town_page(client, library):
    client.force_login(member_in_municipality("27150", username="darien"))
    page = soup(client.get(library.url))
    assert like_mine_label(page) == CARMEN_LABEL
    mine = soup(client.get(f"{library.url}?como_el_mio=1"))
    titles = [a.get_text(strip=True) for a in mine.select("ol.results .result-title a")]
    assert titles == ["Parteras del Atrato en Riosucio"]

    profile = soup(client.get("/cuenta/perfil/"))
    town = profile.find("a", string="Carmen del Darién (Chocó)")["href"]
    assert town == "/municipios/27150-carmen-del-darien/"
    town_page = soup(client.get(town))
    assert town_page.h1.get_text(strip=True) == "Carmen del Darién"
    peers = town_page.find(id="peers-title").find_parent("section")
    assert "Son los municipios PDET de la subregión Chocó" in peers.get_text()
    assert peers.find("a", string="Riosucio (Chocó)")
    assert peers.find("a", string="Murindó (Antioquia)")


def test_a_member_from_mitu_is_compared_with_sixth_category_towns(client, library):
    client.force_login(member_in_municipality("97001", username="mitu"))
    page = soup(client.get(library.url))
    assert like_mine_label(page) == MITU_LABEL
    mine = soup(client.get(f"{library.url}?como_el_mio=1"))
    titles = [a.get_text(strip=True) for a in mine.select("ol.results .result-title a")]
    assert titles == ["Huertas escolares en Leticia"]


def test_the_facet_is_not_offered_when_it_would_match_no_other_municipality(client, library):
    # Abejorral: no category shipped and not PDET, so nothing is comparable.
    client.force_login(member_in_municipality("05002", username="abejorral"))
    assert like_mine_label(soup(client.get(library.url))) is None
    town = soup(client.get("/municipios/05002-abejorral/"))
    assert "Todavía no podemos compararlo" in town.get_text()


def test_a_shared_name_asks_which_one_and_the_department_settles_it(client):
    html = signup(client, municipality="Albania").content.decode()
    assert "Hay varios municipios con ese nombre" in html
    assert "«Albania (La Guajira)»" in html and "«Albania (Santander)»" in html
    assert not User.objects.filter(username="funcionaria_darien").exists()
    guajira = Department.objects.get(code="44")
    assert signup(client, municipality="Albania", department=guajira.pk).status_code == 302
    assert User.objects.get(username="funcionaria_darien").profile.municipality.code == "44035"


def test_an_unknown_municipality_or_entity_is_refused_keeping_what_was_typed(client):
    html = signup(client, municipality="Macondo", entity="Alcaldía de Macondo").content.decode()
    assert "No encontramos «Macondo»" in html
    assert "No encontramos «Alcaldía de Macondo» en la lista de entidades" in html
    assert 'value="Macondo"' in html
    assert not User.objects.filter(username="funcionaria_darien").exists()


def test_the_profile_shows_the_chosen_municipality_and_entity_by_name(client):
    member = member_in_municipality("97001", username="mitu")
    member.profile.entity = Entity.objects.get(name="Alcaldía de Mitú")
    member.profile.save()
    client.force_login(member)
    page = soup(client.get("/cuenta/perfil/"))
    assert page.find("input", attrs={"name": "municipality"})["value"] == "Mitú (Vaupés)"
    assert page.find("input", attrs={"name": "entity"})["value"] == "Alcaldía de Mitú"
    assert page.find("script", src=lambda src: src and "territory/finder" in src)
    assert not page.select("select[name='municipality'], select[name='entity']")


def test_suggestions_find_municipalities_and_entities_without_accents(client):
    found = client.get("/municipios/buscar/municipios.json", {"q": "mitu"}).json()["results"]
    assert {"label": "Mitú (Vaupés)", "code": "97001"} in found
    entities = client.get("/municipios/buscar/entidades.json", {"q": "gobernacion del choco"})
    assert {"label": "Gobernación del Chocó"} in entities.json()["results"]
    by_acronym = client.get("/municipios/buscar/entidades.json", {"q": "dnp"}).json()["results"]
    assert by_acronym[0]["label"] == "Departamento Nacional de Planeación"
    assert client.get("/municipios/buscar/municipios.json", {"q": "m"}).json() == {"results": []}


def test_the_search_page_finds_a_municipality_without_javascript(client):
    page = soup(client.get("/municipios/", {"q": "darien"}))
    link = page.find("a", string="Carmen del Darién (Chocó)")
    assert link["href"] == "/municipios/27150-carmen-del-darien/"
    assert len(page.select("a[href^='/municipios/departamento/']")) == 33


def test_a_municipality_page_shows_what_is_published_applied_and_learned_there(client, library):
    riosucio = Municipality.objects.get(code="27615")
    practice = library.get_children().specific().get(title="Parteras del Atrato en Riosucio")
    AdoptionFactory(page=practice, municipality=riosucio, entity_name="Alcaldía de Riosucio")
    course = CoursePageFactory(parent=create_plan(), title="Presupuesto territorial")
    official = member_in_municipality("27615", username="riosucio")  # shows their identity
    Enrollment.objects.create(
        user=official, cohort=CohortFactory(course=course), status="inscrito",
        completed_at=timezone.now(),
    )  # fmt: skip
    page = soup(client.get("/municipios/27615-riosucio/"))
    text = page.get_text(" ", strip=True)
    assert (
        page.find(id="published-title")
        .find_parent("section")
        .find("a", string="Parteras del Atrato en Riosucio")
    )
    applied = page.find(id="applied-title").find_parent("section")
    assert applied.find("a", string="Parteras del Atrato en Riosucio")
    assert "(1 entidad)" in applied.get_text()
    courses = page.find(id="courses-title").find_parent("section")
    assert courses.find("a", string="Presupuesto territorial")
    assert "(1 funcionario)" in courses.get_text()
    assert "Sí, subregión Chocó" in text


def test_draft_items_and_officials_names_never_show_on_a_town_page(client, library):
    PracticePageFactory(
        parent=library, title="Borrador de Riosucio", municipalities=["27615"], live=False
    )
    official = UserFactory(username="ana_riosucio", first_name="Ana", last_name="Córdoba")
    profile = official.profile
    profile.municipality = Municipality.objects.get(code="27615")
    profile.save()
    text = soup(client.get("/municipios/27615-riosucio/")).get_text()
    assert "Borrador de Riosucio" not in text
    assert "Ana" not in text and "ana_riosucio" not in text


def test_a_department_page_lists_its_municipalities_and_links_back(client):
    page = soup(client.get("/municipios/departamento/97-vaupes/"))
    assert page.h1.get_text(strip=True) == "Vaupés"
    links = page.find(id="municipalities-title").find_parent("section").select("a")
    assert [a.get_text(strip=True) for a in links][:2] == ["Carurú", "Mitú"]
    assert "(área no municipalizada)" in page.get_text()
    town = soup(client.get("/municipios/97001-mitu/"))
    assert town.select_one(".breadcrumb a[href='/municipios/departamento/97-vaupes/']")


def test_a_wrong_or_missing_slug_redirects_to_the_page_and_an_unknown_code_is_404(client):
    assert client.get("/municipios/97001/")["Location"] == "/municipios/97001-mitu/"
    assert client.get("/municipios/97001-otro/").status_code == 301
    assert client.get("/municipios/departamento/27/")["Location"] == (
        "/municipios/departamento/27-choco/"
    )
    assert client.get("/municipios/99999-nada/").status_code == 404


def test_the_pages_stay_within_the_page_weight_budget(client):
    for url in (
        "/municipios/",
        "/municipios/departamento/05-antioquia/",
        "/municipios/05001-medellin/",
    ):
        assert len(client.get(url).content) < 50_000, url


def test_a_course_passed_by_a_member_who_keeps_their_identity_private_is_not_shown(client):
    course = CoursePageFactory(parent=create_plan(), title="Contratación estatal")
    official = member_in_municipality("97001", username="reservado", consent__show_identity=False)
    Enrollment.objects.create(
        user=official, cohort=CohortFactory(course=course), status="inscrito",
        completed_at=timezone.now(),
    )  # fmt: skip
    page = soup(client.get("/municipios/97001-mitu/"))
    assert "Contratación estatal" not in page.get_text()
