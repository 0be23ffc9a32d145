"""A new official searches the demo in their own words, in a real browser, with search by
meaning on as the site runs: the guide that answers comes within the first three results, though
the question shares no word with it, and the PDT guide comes first for its own question."""

import re

import pytest
from playwright.sync_api import expect

from search import indexing

pytestmark = pytest.mark.browser

# What is typed → words every right answer's title holds (any of the first three results).
EVERYDAY_QUESTIONS = {
    "plata que le llega al municipio por el petróleo y la minería": "regalías",
    "reglas sobre dónde se puede construir en el pueblo y dónde no": "ordenamiento territorial",
    "qué papeles le dejo al alcalde que llega": "empalme",
}


@pytest.fixture
def meaning_on(settings, demo_content):
    """Search by meaning on (test settings turn it off) and the demo's passages embedded, as the
    task worker would have done after `make run` seeded them."""
    settings.REDATT_SEMANTIC = {"ENABLED": True, "THREADS": 1}
    indexing.rebuild()


def search_as_typed(page, typed):
    page.goto("/buscar/")
    box = page.get_by_role("combobox", name="Buscar en Red ATT")
    box.fill(typed)
    box.press("Enter")
    page.wait_for_url(re.compile(r"/buscar/\?q="))
    return page.locator(".result-title a")


def test_questions_in_everyday_words_find_their_guide_in_the_first_three(page, meaning_on):
    for typed, subject in EVERYDAY_QUESTIONS.items():
        results = search_as_typed(page, typed)
        expect(results.first).to_be_visible()
        first_three = [title.lower() for title in results.all_text_contents()[:3]]
        assert any(subject in title for title in first_three), (typed, first_three)

    results = search_as_typed(page, "cómo formular el plan de desarrollo territorial")
    expect(results.first).to_have_text("Guía para formular el plan de desarrollo territorial (PDT)")
