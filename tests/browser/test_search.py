"""Search in a real browser, on the demo content. The search box's title suggestions: typing the
first letters of a guide suggests it, the keyboard or the mouse opens it, and titles a visitor
may not read (a draft, a private space's thread) are never suggested; the page works without
JavaScript, this is the enhancement. And what a practitioner types (a question, a typo, an
acronym) finds its guide first."""

import re

import pytest
from playwright.sync_api import expect

from community.factories import ThreadFactory
from community.models import SpacePage
from knowledge.factories import GuidePageFactory
from knowledge.models import GuidePage

from .axe import assert_accessible

pytestmark = pytest.mark.browser

GUIDE = "Gestión de la hacienda pública territorial"
GUIDE_PATH = "/biblioteca/guias/gestion-de-la-hacienda-publica-territorial/"
DRAFT = "Gestión de la hacienda: borrador sin publicar"
PRIVATE_THREAD = "Gestión de la hacienda en los municipios del Pacífico"
TYPED = "gestión de la hac"  # the first letters of all three titles


@pytest.fixture
def unreadable_titles(demo_content):
    """Titles that match what is typed but that a visitor may not read."""
    guide = GuidePage.objects.get(title=GUIDE)
    GuidePageFactory(parent=guide.get_parent(), title=DRAFT, live=False)
    ThreadFactory(space=SpacePage.objects.get(slug="region-pacifico"), title=PRIVATE_THREAD)


# Every search box suggests titles: the search page's, the home page's, and the header's on
# every other page.
BOXES = {
    "search page": ("/buscar/", "Buscar en Red ATT"),
    "home page": ("/", "¿Qué necesita su municipio o departamento?"),
    "header": ("/biblioteca/", "Buscar en Red ATT"),
}


def suggestions_for(page, typed, box="search page"):
    """Type into a search box as a person would; the listbox once the guide shows."""
    path, name = BOXES[box]
    page.goto(path)
    box = page.get_by_role("combobox", name=name)
    box.press_sequentially(typed, delay=40)
    listbox = page.get_by_role("listbox", name="Sugerencias de títulos")
    expect(listbox.get_by_role("option", name=GUIDE)).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    return box, listbox


@pytest.mark.parametrize("box", list(BOXES))
def test_typing_suggests_the_guide_and_arrow_enter_opens_it(page, unreadable_titles, box):
    box, listbox = suggestions_for(page, TYPED, box)
    titles = listbox.get_by_role("option").all_text_contents()
    assert DRAFT not in titles
    assert PRIVATE_THREAD not in titles
    assert_accessible(page, "search-autocomplete")

    for _ in range(titles.index(GUIDE) + 1):
        box.press("ArrowDown")
    chosen = listbox.get_by_role("option", name=GUIDE)
    expect(chosen).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", chosen.get_attribute("id"))
    box.press("Enter")
    page.wait_for_url(f"**{GUIDE_PATH}")
    expect(page.locator("main h1")).to_have_text(GUIDE)


def test_clicking_a_suggestion_opens_it(page):
    box, listbox = suggestions_for(page, "gestión hac")
    listbox.get_by_role("option", name=GUIDE).click()
    page.wait_for_url(f"**{GUIDE_PATH}")
    expect(page.locator("main h1")).to_have_text(GUIDE)


def test_escape_closes_the_suggestions_and_keeps_the_typed_words(page):
    box, listbox = suggestions_for(page, TYPED)
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value(TYPED)
    box.press("Enter")  # without a chosen title, Enter still searches
    page.wait_for_url(re.compile(r"/buscar/\?q=gesti"))


FIRST_RESULTS = {
    # a question, with words the guide does not use ("municipal", "cómo", "el")
    "¿cómo formular el plan de desarrollo municipal?": (
        "Guía para formular el plan de desarrollo territorial (PDT)"
    ),
    # a typo: corrected, and the results for the correction shown at once
    "ordenamiento teritorial": "Ordenamiento territorial: actualizar el EOT sin perder la vigencia",
    # an acronym the guide's title spells out
    "MDM": "Medición de desempeño municipal: cómo leer y usar los resultados",
}


def test_a_question_a_typo_and_an_acronym_find_their_guide_first(page):
    for typed, guide in FIRST_RESULTS.items():
        page.goto("/buscar/")
        box = page.get_by_role("combobox", name="Buscar en Red ATT")
        box.fill(typed)
        box.press("Enter")
        page.wait_for_url(re.compile(r"/buscar/\?q="))
        expect(page.locator(".result-title a").first).to_have_text(guide)
    page.goto("/buscar/?q=ordenamiento+teritorial")
    expect(
        page.get_by_text("Mostrando resultados para «ordenamiento territorial».")
    ).to_be_visible()
    page.get_by_role("link", name="Buscar en cambio «ordenamiento teritorial»").click()
    expect(page.get_by_role("combobox", name="Buscar en Red ATT")).to_have_value(
        "ordenamiento teritorial"
    )
