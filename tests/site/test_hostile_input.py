"""Hostile input never gets a server error or a huge page, on any public address that reads it.

The corpus: quotes and full-text syntax, 10,000 characters, NUL and other control characters,
right-to-left marks, emoji, huge and negative page numbers, and parameters repeated a thousand
times. Every address that takes a query string is tried with each.
"""

import pytest

from django.http import QueryDict

from community.factories import SpacePageFactory, ThreadFactory, create_community
from knowledge.factories import GuidePageFactory, create_library
from search.service import SearchRequest
from training.factories import CoursePageFactory, create_plan

pytestmark = pytest.mark.django_db

PAYLOADS = {
    "comillas y sintaxis": "\"plan de' OR 1=1 -- NEAR(a b) col:* ^x AND (",
    "10.000 caracteres": "gestión " * 1250,
    "NUL": "catastro\x00predial",
    "controles": "a\x01\x08\x1b[31m\x7fb\r\nc",
    "derecha a izquierda": "\u202eartsatac\u202c مرحبا",
    "emoji": "🏛️ presupuesto 👩🏽‍💼",
    "comodines": "%_*?\\",
}
PAGES = ["999999999999999999999", "-5", "0", "1e9", "abc", "\x00"]
FACETS = ["sector", "nivel", "tipo", "departamento", "anio", "entidad", "contenido", "etiqueta"]
LARGEST_PAGE = 300 * 1024  # bytes: ten times a normal results page


@pytest.fixture
def addresses(db, member):
    """Every public address that reads a query string, with content to list."""
    library = create_library()
    GuidePageFactory(parent=library, title="Gestión del catastro", sectors=["salud"])
    plan = create_plan()
    CoursePageFactory(parent=plan, title="Presupuesto público territorial")
    space = SpacePageFactory(parent=create_community(), title="Hacienda territorial")
    thread = ThreadFactory(space=space, author=member, title="¿Cómo actualizar el catastro?")
    return [
        "/buscar/",
        "/api/search/",
        "/buscar/autocompletar/",
        library.url,
        plan.url,
        space.url,
        f"/comunidad/hilos/{thread.pk}/",
        "/api/v2/pages/",
    ]


def assert_answered(client, path, params):
    response = client.get(path, params)
    assert response.status_code < 500, (path, params, response.status_code)
    size = len(response.content)
    assert size < LARGEST_PAGE, (path, str(params)[:80], f"{size} bytes")


def test_hostile_text_in_every_parameter(client, addresses):
    for path in addresses:
        for text in PAYLOADS.values():
            assert_answered(client, path, {"q": text, "search": text, "orden": text})
            for facet in FACETS:
                assert_answered(client, path, {"q": "gestión", facet: text})


def test_hostile_page_numbers(client, addresses):
    for path in addresses:
        for page in PAGES:
            assert_answered(client, path, {"q": "gestión", "page": page, "offset": page})


def test_a_parameter_repeated_a_thousand_times(client, addresses):
    for path in addresses:
        for facet in FACETS:
            assert_answered(client, path, {"q": "gestión", facet: [f"v{n}" for n in range(1000)]})
            assert_answered(client, path, {"q": "gestión", facet: ["salud"] * 1000})


def test_an_unknown_parameter_of_ten_thousand_characters(client, addresses):
    for path in addresses:
        assert_answered(client, path, {"q": "gestión", "x": "y" * 10_000})


def test_control_characters_in_a_path_are_refused(client):
    assert client.get("/buscar\x00/").status_code == 400


def test_facet_values_are_kept_once_and_only_when_the_vocabulary_has_them(addresses):
    params = QueryDict(mutable=True)
    params.setlist("sector", ["inventado", "salud", "salud", " salud "])
    params.setlist("anio", ["2024", "-1", "99999"])
    assert SearchRequest.from_querydict(params).filters == {"sector": ["salud"], "anio": ["2024"]}
