"""The Biblioteca listing: faceted filters in the URL, counts, sorting, pages, per-type sections."""

import pytest

from knowledge.factories import GuidePageFactory, LessonPageFactory, create_library
from knowledge.views import PER_PAGE

from .conftest import facet_counts, html_of, result_titles

GUIDE = "Guía de salud pública territorial"
PRACTICE = "Práctica: brigadas de salud rural"
LESSON = "Lección de hacienda pública en Nariño"
LISTING_QUERIES = 27  # The same bound for 5 items as for 25; a vocabulary check per chosen facet,
# and the footer's operating-entity settings.
HIDDEN = {"Borrador de salud", "Guía retirada de salud", "Guía interna de salud"}


def test_unfiltered_listing_shows_every_public_item_newest_first(client, library, catalogue):
    soup = html_of(client, library.url)
    assert result_titles(soup) == [GUIDE, PRACTICE, LESSON]
    assert soup.select_one(".result-count").get_text(strip=True) == "3 recursos"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nivel=institucional", [GUIDE]),
        ("tipo=sectorial", [PRACTICE]),
        ("sector=hacienda-publica", [LESSON]),
        ("etapa=planeacion", [GUIDE]),
        ("entidad=dnp", [GUIDE]),
        ("departamento=05", [PRACTICE]),
        ("anio=2024", [LESSON]),
        ("etiqueta=vacunación", [GUIDE]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_each_facet_narrows_the_listing(client, library, catalogue, query, expected):
    assert result_titles(html_of(client, f"{library.url}?{query}")) == expected


def test_values_of_one_facet_add_up(client, library, catalogue):
    soup = html_of(client, f"{library.url}?sector=salud&sector=hacienda-publica")
    assert result_titles(soup) == [GUIDE, PRACTICE, LESSON]


@pytest.fixture
def practitioners_search(client, library, catalogue):
    """Institutional capacity + health + Nariño, the search in the issue, as the listing shows
    it; a guide matching two of the three (not Nariño) is there to be left out."""
    GuidePageFactory(
        parent=library,
        title="Guía institucional de salud en Antioquia",
        capacity_types=["institucional"],
        sectors=["salud"],
        departments=["05"],
    )
    return html_of(client, f"{library.url}?tipo=institucional&sector=salud&departamento=52")


def test_facets_combine_to_the_items_matching_all_of_them(practitioners_search):
    soup = practitioners_search
    assert result_titles(soup) == [GUIDE]
    assert soup.select_one(".result-count").get_text(strip=True) == "1 recurso"


def test_each_facet_counts_what_choosing_it_would_give(practitioners_search):
    """A facet's counts apply every other facet's choices but not its own."""
    soup = practitioners_search
    assert facet_counts(soup, "tipo") == {"institucional": 1}
    assert facet_counts(soup, "sector") == {"salud": 1, "hacienda-publica": 1}
    assert facet_counts(soup, "departamento") == {"52": 1, "05": 1}
    checked = {(box["name"], box["value"]) for box in soup.select("aside.facets input[checked]")}
    assert checked == {("tipo", "institucional"), ("sector", "salud"), ("departamento", "52")}


def test_unfiltered_counts_cover_every_facet(client, library, catalogue):
    soup = html_of(client, library.url)
    assert facet_counts(soup, "tipo") == {"institucional": 2, "sectorial": 1}
    assert facet_counts(soup, "anio") == {"2025": 2, "2024": 1}
    assert facet_counts(soup, "entidad") == {"dnp": 1}
    assert facet_counts(soup, "etiqueta") == {"vacunación": 1}


def test_drafts_unpublished_and_restricted_items_are_neither_listed_nor_counted(
    client, library, catalogue
):
    soup = html_of(client, f"{library.url}?sector=salud")
    assert HIDDEN.isdisjoint(result_titles(soup))
    assert result_titles(soup) == [GUIDE, PRACTICE]
    assert facet_counts(soup, "sector")["salud"] == 2
    assert facet_counts(soup, "departamento") == {"52": 1, "05": 1}


def test_applied_filters_can_be_removed_one_by_one(client, library, catalogue):
    soup = html_of(client, f"{library.url}?sector=salud&departamento=52")
    chips = {link.get_text(strip=True): link["href"] for link in soup.select(".chosen a")}
    assert chips["Salud ✕"] == "?departamento=52"
    assert chips["Quitar todos los filtros"] == library.url


def test_filter_without_matches_says_so_and_offers_to_clear_filters(client, library, catalogue):
    soup = html_of(client, f"{library.url}?sector=victimas")
    assert result_titles(soup) == []
    empty = soup.select_one(".empty")
    assert "Ningún recurso coincide con estos filtros." in empty.get_text()
    assert empty.find("a", string="Quitar todos los filtros")["href"] == library.url
    # The chosen value stays on screen, checked and named, so it can be unticked.
    assert facet_counts(soup, "sector")["victimas"] == 0
    chips = [link.get_text(strip=True) for link in soup.select(".chosen a")]
    assert "Víctimas ✕" in chips


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("reciente", [GUIDE, PRACTICE, LESSON]),
        ("titulo", [GUIDE, LESSON, PRACTICE]),
        ("desconocido", [GUIDE, PRACTICE, LESSON]),
    ],
)
def test_listing_sorts_by_newest_or_by_title(client, library, catalogue, sort, expected):
    soup = html_of(client, f"{library.url}?orden={sort}")
    assert result_titles(soup) == expected
    chosen = "titulo" if sort == "titulo" else "reciente"
    assert soup.select_one("#orden option[selected]")["value"] == chosen


def test_listing_is_paginated_and_pages_keep_the_filters(client, library):
    GuidePageFactory.create_batch(PER_PAGE + 1, parent=library, sectors=["salud"])
    first = html_of(client, f"{library.url}?sector=salud")
    assert len(result_titles(first)) == PER_PAGE
    assert "Página 1 de 2" in first.select_one(".pagination").get_text()
    next_link = first.select_one(".pagination a[rel=next]")["href"]
    assert next_link == "?sector=salud&page=2"

    second = html_of(client, f"{library.url}{next_link}")
    assert len(result_titles(second)) == 1
    assert set(result_titles(second)).isdisjoint(result_titles(first))


@pytest.mark.parametrize(
    "query",
    ["anio=abc", "anio=2025&anio=x", "page=zzz", "page=999", "orden=", "sector=", "nivel=%00"],
)
def test_malformed_query_strings_still_give_the_listing(client, library, catalogue, query):
    """Hand-edited or truncated links land on a listing, never on a server error."""
    soup = html_of(client, f"{library.url}?{query}")
    assert result_titles(soup)


def test_an_invalid_year_is_ignored_and_a_valid_one_kept(client, library, catalogue):
    assert result_titles(html_of(client, f"{library.url}?anio=abc")) == [GUIDE, PRACTICE, LESSON]
    assert result_titles(html_of(client, f"{library.url}?anio=x&anio=2024")) == [LESSON]


def test_a_section_lists_only_its_own_items(client, db):
    library = create_library(sections=["Guías metodológicas", "Lecciones aprendidas"])
    guides, lessons = library.get_children().specific()
    GuidePageFactory(parent=guides, title="Guía de la sección", sectors=["salud"])
    LessonPageFactory(parent=lessons, title="Lección de la sección", sectors=["salud"])

    assert result_titles(html_of(client, guides.url)) == ["Guía de la sección"]
    assert result_titles(html_of(client, f"{lessons.url}?sector=salud")) == [
        "Lección de la sección"
    ]
    top = html_of(client, f"{library.url}?orden=titulo")
    assert result_titles(top) == ["Guía de la sección", "Lección de la sección"]
    assert section_links(top) == ["Guías metodológicas", "Lecciones aprendidas"]


def test_items_filed_directly_in_the_library_are_not_offered_as_sections(
    client, library, catalogue
):
    assert section_links(html_of(client, library.url)) == []


def section_links(soup):
    return [link.get_text() for link in soup.select("ul[aria-label=Secciones] a")]


def publish_tagged_items(library, count):
    """`count` items carrying every kind of term, so a missing prefetch would show per item."""
    GuidePageFactory.create_batch(
        count,
        parent=library,
        capacity_levels=["institucional"],
        capacity_types=["institucional", "sectorial"],
        sectors=["salud", "educacion"],
        cycle_stages=["planeacion"],
        departments=["52"],
        tags=["catastro"],
        entity="dnp",
    )


@pytest.mark.parametrize("count", [5, 25])
def test_listing_queries_do_not_grow_with_the_number_of_items(
    client, library, django_assert_max_num_queries, count
):
    publish_tagged_items(library, count)
    client.get(library.url)  # Warm the per-process caches (site root paths, content types).
    with django_assert_max_num_queries(LISTING_QUERIES):
        response = client.get(f"{library.url}?tipo=institucional&sector=salud")
    assert response.status_code == 200


def test_each_item_in_the_listing_carries_its_full_publication_date(client, library, catalogue):
    card = html_of(client, library.url).select_one(".result time")
    assert card["datetime"] == "2025-03-01"
    assert card.get_text(strip=True) == "1 de marzo de 2025"  # the site's one date style
