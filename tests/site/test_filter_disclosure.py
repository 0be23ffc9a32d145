"""Filters behind "Filtrar (N activos)" on the library, the catalogue and the site search.

The count is server-rendered from one place (the `filter_summary` tag) and always equals the
removable chips above the results, so the disclosure never hides what is active.
"""

import pytest
from bs4 import BeautifulSoup

from knowledge.factories import GuidePageFactory, create_library
from training.factories import CoursePageFactory, create_plan

pytestmark = pytest.mark.django_db

DATABASE_SEARCH = {"BACKEND": "search.backends.database.DatabaseSearchBackend"}


def soup_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def disclosure(soup):
    """The filters' <details> and its summary text, as a phone shows it closed."""
    panel = soup.select_one("aside.facets details.filter-panel")
    return panel, panel.summary.get_text(" ", strip=True)


def chips(soup):
    """{chip text: link} of the chosen filters above the results."""
    return {a.get_text(strip=True): a["href"] for a in soup.select("ul.chosen a")}


@pytest.fixture
def library(db):
    library = create_library()
    GuidePageFactory(parent=library, title="Salud en Nariño", sectors=["salud"], departments=["52"])
    GuidePageFactory(parent=library, title="Hacienda", sectors=["hacienda-publica"])
    return library


@pytest.fixture
def plan(db):
    plan = create_plan()
    CoursePageFactory(parent=plan, title="MDM para alcaldías", modality="virtual")
    CoursePageFactory(parent=plan, title="Presupuesto", modality="presencial")
    return plan


@pytest.fixture
def searchable(settings, django_capture_on_commit_callbacks):
    """Two guides in the database search index."""
    from search.backends import get_search_backend

    settings.REDATT_SEARCH = DATABASE_SEARCH
    get_search_backend.cache_clear()
    with django_capture_on_commit_callbacks(execute=True):
        library = create_library()
        GuidePageFactory(parent=library, title="Salud pública", sectors=["salud"],
                         capacity_types=["poblacional"], departments=["52"])  # fmt: skip
        GuidePageFactory(parent=library, title="Salud escolar", sectors=["salud", "educacion"])
    yield
    get_search_backend.cache_clear()


def test_without_filters_the_disclosure_just_says_filtrar_and_is_closed(client, library):
    panel, summary = disclosure(soup_of(client, library.url))
    assert summary == "Filtrar"
    assert not panel.has_attr("open")  # closed on a phone; CSS shows it as a sidebar when wide


def test_the_library_counts_every_chosen_value_as_an_active_filter(client, library):
    soup = soup_of(client, library.url, sector=["salud", "hacienda-publica"])
    assert disclosure(soup)[1] == "Filtrar (2 activos)"
    assert set(chips(soup)) == {"Salud ✕", "Hacienda pública ✕", "Quitar todos los filtros"}


def test_the_catalogue_says_one_active_filter_in_the_singular(client, plan):
    soup = soup_of(client, plan.url, modalidad="virtual")
    assert disclosure(soup)[1] == "Filtrar (1 activo)"
    assert "Virtual ✕" in chips(soup)


def test_search_counts_its_filters_and_shows_each_as_a_removable_chip(client, searchable):
    soup = soup_of(client, "/buscar/", q="salud", sector="salud", tipo="poblacional")
    assert disclosure(soup)[1] == "Filtrar (2 activos)"
    shown = chips(soup)
    assert shown["Salud ✕"] == "?q=salud&tipo=poblacional"
    assert shown["Poblacional ✕"] == "?q=salud&sector=salud"
    assert shown["Quitar todos los filtros"] == "?q=salud"


def test_search_keeps_a_chip_for_a_filter_that_now_matches_nothing(client, searchable):
    soup = soup_of(client, "/buscar/", q="escolar", departamento="52")
    assert disclosure(soup)[1] == "Filtrar (1 activo)"
    assert chips(soup)["Nariño ✕"] == "?q=escolar"


def department_options(soup):
    """(values in view, values behind "Ver N más", the summary) of the library's Departamento."""
    (fieldset,) = soup.select("fieldset.facet:has(> legend:-soup-contains-own('Departamento'))")
    folded = fieldset.select_one(".facet-more")
    behind = [i["value"] for i in folded.select("input")] if folded else []
    in_view = [i["value"] for i in fieldset.select("input") if i["value"] not in behind]
    return in_view, behind, folded.summary.get_text(strip=True) if folded else None


def test_a_long_facet_shows_five_options_and_folds_the_rest_keeping_the_chosen_in_view(client):
    library = create_library()
    codes = ["05", "08", "11", "13", "15", "17", "18", "19", "20"]
    for code in codes:
        GuidePageFactory(parent=library, title=f"Guía {code}", departments=[code])
    in_view, behind, summary = department_options(soup_of(client, library.url))
    assert (len(in_view), len(behind), summary) == (5, 4, "Ver 4 más")
    chosen = behind[-1]
    in_view, behind, summary = department_options(soup_of(client, library.url, departamento=chosen))
    assert chosen in in_view and chosen not in behind
    assert summary == "Ver 3 más"


def test_a_facet_one_option_longer_than_the_fold_is_not_folded(client):
    library = create_library()
    for code in ["05", "08", "11", "13", "15", "17"]:
        GuidePageFactory(parent=library, title=f"Guía {code}", departments=[code])
    in_view, behind, summary = department_options(soup_of(client, library.url))
    assert (len(in_view), behind, summary) == (6, [], None)
