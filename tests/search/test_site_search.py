"""The search page finds published pages and nothing a visitor could not open."""

import pytest

from wagtail.models import PageViewRestriction, Site

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return Site.objects.get(is_default_site=True).root_page.specific


def titles(response):
    return [hit.title for hit in response.context["page"].object_list]


def test_search_finds_a_published_page_by_a_word_of_its_title(client, home):
    home.title = "Gestión de la hacienda pública territorial"
    home.save_revision().publish()
    response = client.get("/buscar/", {"q": "hacienda"})
    assert titles(response) == ["Gestión de la hacienda pública territorial"]
    assert "1 resultado para «hacienda»" in response.content.decode()


def test_search_hides_restricted_pages(client, home):
    home.title = "Lineamientos internos de regalías"
    home.save_revision().publish()
    PageViewRestriction.objects.create(page=home, restriction_type="login")
    response = client.get("/buscar/", {"q": "regalías"})
    assert titles(response) == []
    assert "No encontramos resultados" in response.content.decode()


def test_empty_query_asks_for_words(client):
    response = client.get("/buscar/")
    assert "Escriba una o más palabras" in response.content.decode()
