""" "Municipios como el mío" in the library: offered to the member whose municipality can be
compared, hinted to the member who has not said where they work, absent for visitors."""

from datetime import date

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.factories import UserFactory, member_in_municipality
from knowledge.factories import PracticePageFactory
from reference.models import Municipality

from .conftest import html_of, result_titles

pytestmark = pytest.mark.django_db

PLANADAS_LABEL = (
    "Municipios como el mío: de sexta categoría que son PDET o están en su mismo grupo de "
    "capacidades"
)
IBAGUE_LABEL = (
    "Municipios como el mío: de primera categoría que no son PDET o están en su mismo grupo de "
    "capacidades"
)


@pytest.fixture
def practices(library):
    """Two practices from PDET sixth-category towns, one from a sixth-category town that is not
    PDET (another MDM group), one from a first-category city, one national guide."""
    call_command("import_divipola")
    made = {}
    for title, code, published in [
        ("Vías terciarias con juntas de acción comunal en Ataco", "73067", date(2025, 5, 1)),
        ("Catastro rural en Tibú", "54810", date(2024, 3, 1)),
        ("Mercados campesinos en Túquerres", "52838", date(2025, 8, 1)),
        ("Ventanilla única de trámites en Pereira", "66001", date(2025, 9, 1)),
    ]:
        made[title] = PracticePageFactory(
            parent=library, title=title, municipalities=[code], publication_date=published
        )
    made["nacional"] = PracticePageFactory(
        parent=library, title="Guía nacional de regalías", publication_date=date(2025, 10, 1)
    )
    return made


def like_mine(soup):
    """(label, count) of the facet's one option, or None when the page does not offer it."""
    box = soup.select_one("aside.facets input[name='como_el_mio']")
    if box is None:
        return None
    label = box.find_parent("label").get_text(" ", strip=True)
    name, _, count = label.rpartition(" (")
    return name, int(count.rstrip(")"))


def test_a_visitor_is_offered_neither_the_facet_nor_the_hint(client, library, practices):
    soup = html_of(client, library.url)
    assert like_mine(soup) is None
    assert not soup.select(".facet-hint")


def test_a_visitor_asking_for_it_gets_the_whole_library(client, library, practices):
    soup = html_of(client, f"{library.url}?como_el_mio=1")
    assert len(result_titles(soup)) == 5
    assert not soup.select("ul.chosen")


def test_a_member_without_a_municipality_is_pointed_to_the_profile(client, library, practices):
    client.force_login(UserFactory(username="sin_municipio"))
    soup = html_of(client, library.url)
    assert like_mine(soup) is None
    hint = soup.select_one(".facet-hint a")
    assert hint["href"] == "/cuenta/perfil/" and "Indique su municipio" in hint.get_text()


def test_a_member_from_a_pdet_sixth_category_town_sees_its_peers(client, library, practices):
    # Planadas: sexta, PDET, G5
    client.force_login(member_in_municipality("73555", username="planadas"))
    soup = html_of(client, library.url)
    assert like_mine(soup) == (PLANADAS_LABEL, 2)
    assert not soup.select(".facet-hint")
    soup = html_of(client, f"{library.url}?como_el_mio=1")
    assert result_titles(soup) == [
        "Vías terciarias con juntas de acción comunal en Ataco",
        "Catastro rural en Tibú",
    ]


def test_a_member_from_a_first_category_city_does_not_see_pdet_towns(client, library, practices):
    # Ibagué: primera, no PDET, C
    client.force_login(member_in_municipality("73001", username="ibague"))
    soup = html_of(client, library.url)
    assert like_mine(soup) == (IBAGUE_LABEL, 1)
    soup = html_of(client, f"{library.url}?como_el_mio=1")
    assert result_titles(soup) == ["Ventanilla única de trámites en Pereira"]


def test_the_facet_counts_as_an_active_filter_that_can_be_removed(client, library, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    response = client.get(library.url, {"como_el_mio": "1", "orden": "titulo"})
    assert response.context["listing_filter"].is_active
    soup = html_of(client, f"{library.url}?como_el_mio=1")
    assert "Filtrar (1 activo)" in soup.select_one("aside.facets summary").get_text()
    chip = soup.select_one("ul.chosen a")
    assert PLANADAS_LABEL in chip.get_text()
    assert "como_el_mio" not in chip["href"]


def test_the_count_follows_the_other_filters(client, library, practices):
    PracticePageFactory(parent=library, title="Salud rural en Ataco", municipalities=["73067"],
                        sectors=["salud"])  # fmt: skip
    client.force_login(member_in_municipality("73555", username="planadas"))
    assert like_mine(html_of(client, f"{library.url}?sector=salud")) == (PLANADAS_LABEL, 1)


def test_a_corrected_category_applies_without_anything_reindexed(client, library, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    Municipality.objects.filter(code="54810").update(category="5")  # Tibú, corrected
    soup = html_of(client, f"{library.url}?como_el_mio=1")
    assert result_titles(soup) == ["Vías terciarias con juntas de acción comunal en Ataco"]


def test_a_members_listing_is_never_served_to_someone_else_from_a_cache(client, library, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    response = client.get(library.url)
    assert "Cookie" in response["Vary"]
    assert "private" in response["Cache-Control"]


# --- The home page -----------------------------------------------------------------------------


def home_section(client):
    """(intro, card titles in order) of "Prácticas de municipios como el suyo", or None."""
    soup = html_of(client, "/")
    for section in soup.select("section.home-section"):
        if section.h2.get_text(strip=True) == "Prácticas de municipios como el suyo":
            intro = section.select_one(".section-intro").get_text(strip=True)
            return intro, [a.get_text(strip=True) for a in section.select(".card-title a")]
    return None


def test_a_pdet_sixth_category_member_is_recommended_its_peers_practices_best_first(
    client, library, practices
):
    tibu = practices["Catastro rural en Tibú"]
    tibu.validation_status = "destacada"  # featured at the meeting: first, although older
    tibu.save_revision().publish()
    client.force_login(member_in_municipality("73555", username="planadas"))
    assert home_section(client) == (
        PLANADAS_LABEL,
        ["Catastro rural en Tibú", "Vías terciarias con juntas de acción comunal en Ataco"],
    )


def test_a_first_category_member_is_not_recommended_pdet_towns(client, library, practices):
    client.force_login(member_in_municipality("73001", username="ibague"))
    intro, titles = home_section(client)
    assert titles == ["Ventanilla única de trámites en Pereira"]


def test_visitors_and_members_without_a_municipality_get_the_home_as_before(
    client, library, practices
):
    assert home_section(client) is None
    client.force_login(UserFactory(username="sin_municipio"))
    assert home_section(client) is None


def test_the_recommendations_cost_the_same_queries_however_many_practices(
    client, library, practices, django_assert_max_num_queries
):
    client.force_login(member_in_municipality("73555", username="planadas"))
    client.get("/")  # warm the per-process caches (site root paths, content types)
    with django_assert_max_num_queries(60) as few:
        client.get("/")
    for n in range(6):
        PracticePageFactory(
            parent=library, title=f"Práctica {n} en Ataco", municipalities=["73067"]
        )
    with django_assert_max_num_queries(len(few)):
        assert client.get("/").status_code == 200


def test_a_members_home_is_never_served_to_someone_else_from_a_cache(client, library, practices):
    client.force_login(member_in_municipality("73555", username="planadas"))
    response = client.get("/")
    assert "Cookie" in response["Vary"] and "private" in response["Cache-Control"]


@pytest.mark.usefixtures("seeded_demo")
def test_each_demo_member_is_recommended_practices_of_its_own_peers(client):
    members = get_user_model().objects.filter(username__in=["miembro", "planadas"])
    seen = {}
    for member in members:
        client.force_login(member)
        _intro, seen[member.username] = home_section(client)
    assert "Atención a víctimas con ventanilla única en Quibdó" in seen["miembro"]  # 4.ª, no PDET
    assert "Banco de proyectos municipal compartido en el Cauca" in seen["planadas"]  # Toribío
    assert "Plan de empalme digital en municipios del Putumayo" in seen["planadas"]  # Mocoa
    assert not set(seen["miembro"]) & set(seen["planadas"])
