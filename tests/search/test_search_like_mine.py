""" "Municipios como el mío" in the site search, on every backend: offered to the member whose
municipality can be compared, hinted to the member without one, absent for visitors."""

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command

from accounts.factories import UserFactory, member_in_municipality
from reference.models import Municipality

pytestmark = pytest.mark.django_db

PLANADAS_LABEL = (
    "Municipios como el mío: de sexta categoría que son PDET o están en su mismo grupo de "
    "capacidades"
)
IBAGUE_LABEL = (
    "Municipios como el mío: de primera categoría que no son PDET o están en su mismo grupo de "
    "capacidades"
)
ATACO = "Vías terciarias con juntas de acción comunal en Ataco"
TIBU = "Catastro rural en Tibú"
TUQUERRES = "Mercados campesinos en Túquerres"
PEREIRA = "Ventanilla única de trámites en Pereira"


@pytest.fixture
def practices(make_page):
    """Practices from two PDET sixth-category towns, a sixth-category town that is not PDET
    (another MDM group) and a first-category city; a national guide without a municipality."""
    call_command("import_divipola")
    for title, code in [(ATACO, "73067"), (TIBU, "54810"), (TUQUERRES, "52838"),
                        (PEREIRA, "66001")]:  # fmt: skip
        make_page(title, kind="practica", municipalities=[code])
    make_page("Guía nacional de regalías")


def search(client, **params):
    response = client.get("/buscar/", {"q": "prueba", **params})
    assert response.status_code == 200
    return response


def titles(response):
    return sorted(hit.title for hit in response.context["page"].object_list)


def like_mine(response):
    """(label, count, selected) of the facet's option, or None when not offered."""
    for facet in response.context.get("facets", []):
        if facet["key"] == "como_el_mio":
            (item,) = facet["values"]
            return item["label"], item["count"], item["selected"]
    return None


def test_a_visitor_is_offered_neither_the_facet_nor_the_hint(client, practices):
    response = search(client)
    assert like_mine(response) is None
    assert "Indique su municipio" not in response.content.decode()


def test_a_visitor_asking_for_it_gets_every_result(client, practices):
    response = search(client, como_el_mio="1")
    assert len(titles(response)) == 5
    assert "como_el_mio" not in response.context["filters"]


def test_a_member_without_a_municipality_is_pointed_to_the_profile(client, practices):
    client.force_login(UserFactory(username="sin_municipio"))
    response = search(client)
    assert like_mine(response) is None
    hint = BeautifulSoup(response.content, "html.parser").select_one(".facet-hint a")
    assert hint["href"] == "/cuenta/perfil/"


def test_a_member_from_a_pdet_sixth_category_town_finds_its_peers(client, practices):
    # Planadas: sexta, PDET, G5
    client.force_login(member_in_municipality("73555", username="planadas"))
    assert like_mine(search(client)) == (PLANADAS_LABEL, 2, False)
    response = search(client, como_el_mio="1")
    assert titles(response) == sorted([ATACO, TIBU])
    assert like_mine(response) == (PLANADAS_LABEL, 2, True)


def test_a_member_from_a_first_category_city_does_not_find_pdet_towns(client, practices):
    # Ibagué: primera, no PDET, C
    client.force_login(member_in_municipality("73001", username="ibague"))
    assert like_mine(search(client)) == (IBAGUE_LABEL, 1, False)
    assert titles(search(client, como_el_mio="1")) == [PEREIRA]


def test_the_filter_is_carried_counted_and_removable(client, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    response = search(client, como_el_mio="1", contenido="practica")
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("form.search-form input[name='como_el_mio']")["value"] == "1"
    assert "como_el_mio" not in response.context["clear_filters_url"]
    assert "Filtrar (2 activos)" in html.select_one("aside.facets summary").get_text()
    (chip,) = [c for c in response.context["chosen"] if c[1] == PLANADAS_LABEL]
    assert "como_el_mio" not in chip[2]
    (facet,) = [f for f in response.context["facets"] if f["key"] == "como_el_mio"]
    assert "como_el_mio" not in facet["values"][0]["url"]


def test_the_count_follows_the_other_filters(client, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    assert like_mine(search(client, contenido="guia")) == (PLANADAS_LABEL, 0, False)
    assert titles(search(client, contenido="guia", como_el_mio="1")) == []


def test_a_corrected_category_applies_without_anything_reindexed(client, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    Municipality.objects.filter(code="54810").update(category="5")  # Tibú, corrected
    assert titles(search(client, como_el_mio="1")) == [ATACO]


def test_a_members_results_are_never_served_to_someone_else_from_a_cache(client, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    response = search(client)
    assert "Cookie" in response["Vary"]
    assert "private" in response["Cache-Control"]


def api(client, **params):
    response = client.get("/api/search/", {"q": "prueba", **params})
    assert response.status_code == 200
    return response


def api_titles(response):
    return sorted(hit["title"] for hit in response.json()["results"])


def test_the_api_offers_the_member_the_same_filter(client, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    response = api(client, como_el_mio="1")
    assert api_titles(response) == sorted([ATACO, TIBU])
    (option,) = response.json()["facets"]["como_el_mio"]
    assert option == {"value": "1", "label": PLANADAS_LABEL, "count": 2, "selected": True}
    assert "private" in response["Cache-Control"]


def test_the_api_ignores_the_filter_for_a_visitor(client, practices):
    response = api(client, como_el_mio="1")
    assert len(api_titles(response)) == 5
    assert "como_el_mio" not in response.json()["facets"]
