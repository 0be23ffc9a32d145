"""The "Más como este" section by meaning: under a guide, lesson, practice or course, the items
nearest in meaning to it that the visitor may open (search.service.more_like, knowledge/similar.py).

The items share no word of their classification on purpose: only their meaning relates a guide
on the municipal property tax to a course on collecting it, and sets both apart from a guide on
school meals. Content reaches the index, and its passages their vectors, on commit (`committed`).
"""

from types import SimpleNamespace

import pytest

from knowledge.factories import GuidePageFactory, PracticePageFactory, create_library
from search.text import MARK_END, MARK_START
from training.factories import CoursePageFactory, create_plan

from .conftest import html_of, restrict_to_logged_in_users


def build_items(committed):
    """A guide and a course on the property tax, and a guide on school meals, all published."""
    with committed():
        library = create_library()
        plan = create_plan()
        return SimpleNamespace(
            library=library,
            tax_guide=GuidePageFactory(
                parent=library,
                title="Guía para actualizar el impuesto predial municipal",
                summary="Cómo la alcaldía actualiza las tarifas del impuesto predial unificado "
                "y el avalúo catastral de los predios del municipio.",
                purpose="<p>Que la secretaría de hacienda liquide el predial con tarifas al "
                "día.</p>",
            ),
            tax_course=CoursePageFactory(
                parent=plan,
                title="Recaudo del impuesto predial",
                summary="Curso para que los municipios cobren el impuesto predial y reduzcan la "
                "cartera morosa de los contribuyentes.",
                learning_outcomes="<p>Organizar el cobro persuasivo y coactivo del predial.</p>",
            ),
            meals_guide=GuidePageFactory(
                parent=library,
                title="Guía del Programa de Alimentación Escolar",
                summary="Cómo organizar los menús y la entrega de refrigerios y almuerzos a los "
                "estudiantes de las escuelas rurales.",
                purpose="<p>Que cada niño reciba su almuerzo en la escuela.</p>",
            ),
        )


@pytest.fixture
def by_meaning(semantic_search, committed):
    """The items, indexed with search by meaning on (their passages embedded)."""
    return build_items(committed)


def similar_section(soup):
    """The "Más como este" section, or None when the page has none."""
    heading = soup.find(id="similar-title")
    return heading.find_parent("section") if heading else None


def card_titles(section):
    return [link.get_text(strip=True) for link in section.select(".card-title a")]


def test_a_guide_offers_the_course_on_the_same_subject_and_not_itself(client, by_meaning):
    soup = html_of(client, by_meaning.tax_guide.url)

    section = similar_section(soup)
    assert section is not None
    assert section["aria-labelledby"] == "similar-title"
    assert section.h2.get_text(strip=True) == "Más como este"
    titles = card_titles(section)
    assert "Recaudo del impuesto predial" in titles
    assert by_meaning.tax_guide.title not in titles
    if by_meaning.meals_guide.title in titles:  # four places, three items: it may follow
        assert titles.index("Recaudo del impuesto predial") < titles.index(
            by_meaning.meals_guide.title
        )


def test_each_suggestion_says_what_it_is_links_to_it_and_gives_one_plain_line(client, by_meaning):
    section = similar_section(html_of(client, by_meaning.tax_guide.url))

    card = next(
        card
        for card in section.select(".card")
        if card.select_one(".card-title a").get_text(strip=True) == "Recaudo del impuesto predial"
    )
    assert card.select_one(".card-kind").get_text(strip=True) == "Curso"
    assert card.select_one(".card-title a")["href"] == by_meaning.tax_course.url
    snippet = card.select_one(".card-title").find_next_sibling("p").get_text(strip=True)
    assert "cartera morosa" in snippet
    assert len(snippet) <= 140
    assert MARK_START not in snippet and MARK_END not in snippet


def test_a_course_page_offers_the_guide_on_its_subject(client, by_meaning):
    section = similar_section(html_of(client, by_meaning.tax_course.url))

    assert section is not None
    titles = card_titles(section)
    assert by_meaning.tax_guide.title in titles
    assert by_meaning.tax_course.title not in titles


def test_without_search_by_meaning_there_is_no_section(client, committed):
    """Search by meaning off (the test settings): items sharing no classification term, so
    the fallback by shared terms finds nothing either, and no empty heading is left."""
    items = build_items(committed)

    for url in (items.tax_guide.url, items.tax_course.url):
        soup = html_of(client, url)
        assert soup.select_one("main h1") is not None  # the page itself rendered
        assert similar_section(soup) is None
        assert "Más como este" not in soup.get_text()


def test_restricted_unpublished_and_draft_items_are_never_offered_to_a_visitor(
    client, by_meaning, committed
):
    with committed():
        restricted = restrict_to_logged_in_users(
            GuidePageFactory(
                parent=by_meaning.library,
                title="Guía interna sobre la tarifa del impuesto predial",
                summary="Tarifas del impuesto predial unificado para los predios urbanos.",
            )
        )
        withdrawn = PracticePageFactory(
            parent=by_meaning.library,
            title="Práctica retirada: actualización catastral y predial",
            summary="El municipio actualizó el avalúo catastral y el recaudo del predial.",
        )
        draft = GuidePageFactory(
            parent=by_meaning.library,
            title="Borrador de guía del impuesto predial",
            summary="Cómo liquidar el impuesto predial de los predios rurales.",
            live=False,
        )
    published = card_titles(similar_section(html_of(client, by_meaning.tax_guide.url)))
    assert withdrawn.title in published  # close enough to be offered while it was published
    with committed():
        withdrawn.unpublish()

    section = similar_section(html_of(client, by_meaning.tax_guide.url))

    assert section is not None
    titles = card_titles(section)
    assert "Recaudo del impuesto predial" in titles  # the section is there, with public items
    assert {restricted.title, withdrawn.title, draft.title}.isdisjoint(titles)
