"""One Spanish analysis on every backend: which words find each other, questions, typos, synonyms,
ranking and highlighting, as a practitioner typing in the search box sees them."""

import pytest

from wagtail.models import PageViewRestriction

from search.models import Synonym
from tests.search.test_search_behaviour import api, search, titles

pytestmark = pytest.mark.django_db

# (word in a title, word searched, whether they must find each other)
WORD_PAIRS = [
    ("municipios", "municipio", True),
    ("Evaluación", "evaluaciones", True),
    ("evaluación", "evaluar", True),
    ("formulación", "formular", True),
    ("contratación", "contratos", True),
    ("presupuestal", "presupuesto", True),
    ("catastral", "catastro", True),
    ("regalías", "REGALIAS", True),
    ("PLANEACIÓN", "planeacion", True),
    ("víctimas", "victima", True),
    ("gestión", "gestionar", True),
    ("ordenamiento", "orden", False),
    ("contratista", "contratación", False),
    ("planeación", "plan", False),
    ("territorial", "territorio", False),
    ("general", "generar", False),
    ("seguimiento", "seguir", False),
]


def test_word_pairs_conflate_exactly_as_the_table_says(client, make_page):
    for n, (written, _, _) in enumerate(WORD_PAIRS):
        make_page(f"Documento {n}: {written}", summary="Sin más.")
    wrong = []
    for n, (written, searched, same) in enumerate(WORD_PAIRS):
        found = f"Documento {n}: {written}" in titles(search(client, searched, sin_corregir="1"))
        if found != same:
            wrong.append((written, searched, same))
    assert wrong == []


def test_stop_words_need_not_occur(client, make_page):
    make_page("Formulación del plan de desarrollo territorial", summary="Pasos y plazos.")
    make_page("Plan de compras", summary="Adquisiciones del año.")
    found = titles(search(client, "cómo formular el plan de desarrollo municipal"))
    assert found[0] == "Formulación del plan de desarrollo territorial"


def test_a_question_finds_the_guide_that_answers_it_without_every_word(client, make_page):
    make_page(
        "Empalme: entrega del cargo a la nueva administración",
        summary="El alcalde saliente prepara el informe de gestión.",
    )
    make_page("Informe de gestión anual", summary="Balance del año.")
    found = titles(search(client, "cómo entregar el cargo al nuevo alcalde"))
    assert found[0] == "Empalme: entrega del cargo a la nueva administración"


def test_items_holding_more_of_the_words_rank_first(client, make_page):
    make_page("Agua potable", summary="Soluciones rurales.")
    make_page("Agua potable rural en veredas", summary="Acueductos comunitarios.")
    make_page("Vías rurales", summary="Mantenimiento.")
    found = titles(search(client, "agua potable rural veredas"))
    assert found[0] == "Agua potable rural en veredas"


def test_a_rare_word_outweighs_a_common_one(client, make_page):
    for n in range(6):
        make_page(f"Gestión municipal {n}", summary="Gestión de la administración.")
    make_page("Manual de archivo", summary="Tablas de retención documental para la gestión.")
    assert titles(search(client, "gestión retención"))[0] == "Manual de archivo"


def test_a_guide_naming_the_subject_ranks_above_a_conversation_mentioning_it(
    client, make_page, committed
):
    from community.factories import SpacePageFactory, ThreadFactory, create_community

    with committed():
        space = SpacePageFactory(parent=create_community(), title="Planeación")
        ThreadFactory(
            space=space,
            title="Dudas sobre el plan de desarrollo territorial",
            source="¿Alguien tiene el PDT? El plan de desarrollo territorial nos tiene ocupados.",
        )
    make_page("Guía para formular el plan de desarrollo territorial (PDT)", summary="Paso a paso.")
    for query in ["PDT", "plan de desarrollo territorial"]:
        found = titles(search(client, query))
        assert found[0] == "Guía para formular el plan de desarrollo territorial (PDT)", query


def test_highlighting_marks_content_words_not_stop_words(client, make_page):
    make_page("Rendición", summary="La audiencia de rendición de cuentas del municipio.")
    html = search(client, "la rendición de cuentas").content.decode()
    assert "<mark>rendición</mark> de <mark>cuentas</mark>" in html
    assert "<mark>de</mark>" not in html and "<mark>La</mark>" not in html


# --- Typos -------------------------------------------------------------------------------------


def test_a_typo_is_corrected_with_accents_and_the_api_says_so(client, make_page):
    make_page("Presupuesto municipal", summary="Elaboración del presupuesto.")
    make_page("Desempeño fiscal", summary="Índice de desempeño fiscal.")
    data = api(client, "presupusto municipal")
    assert data["corrected_query"] == "presupuesto municipal"
    assert [hit["title"] for hit in data["results"]] == ["Presupuesto municipal"]
    assert api(client, "desempeño fizcal")["corrected_query"] == "desempeño fiscal"


def test_words_that_are_found_are_never_corrected(client, make_page):
    make_page("Catastro multipropósito", summary="Actualización catastral.")
    make_page("Catastros rurales", summary="Predios.")
    data = api(client, "catastros")
    assert data["corrected_query"] is None
    assert data["total"] == 2


def test_the_user_can_search_exactly_what_was_typed(client, make_page):
    make_page("Ordenamiento territorial", summary="Revisión del plan.")
    response = search(client, "ordenamiento teritorial")
    assert titles(response) == ["Ordenamiento territorial"]
    html = response.content.decode()
    assert "Mostrando resultados para «<strong>ordenamiento territorial</strong>»" in html
    assert "sin_corregir=1" in html
    literal = api(client, "ordenamiento teritorial", sin_corregir="1")
    assert literal["corrected_query"] is None


def test_words_of_private_content_are_never_offered_as_corrections(client, make_page, committed):
    page = make_page("Xilografía comunitaria", summary="Taller reservado.")
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    data = api(client, "xilografia comunitarai")
    assert data["corrected_query"] is None
    assert data["total"] == 0


# --- Synonyms ----------------------------------------------------------------------------------


def test_an_acronym_inside_quotes_finds_its_spelled_out_form(client, make_page):
    make_page("Ajuste del plan de desarrollo territorial", summary="Revisión a mitad de periodo.")
    assert titles(search(client, '"ajuste del PDT"')) == [
        "Ajuste del plan de desarrollo territorial"
    ]


def test_a_spelled_out_phrase_inside_quotes_finds_the_acronym(client, make_page):
    make_page("Seguimiento al PDT", summary="Indicadores.")
    assert titles(search(client, '"plan de desarrollo territorial"')) == ["Seguimiento al PDT"]


def test_an_editor_ties_a_word_to_an_acronym_both_ways(client, make_page, committed):
    make_page("Proyectos con cargo al SGR", summary="Ciclo de proyectos.")
    make_page("Recursos de regalías directas", summary="Asignaciones.")
    assert sorted(titles(search(client, "regalías"))) == [
        "Proyectos con cargo al SGR",
        "Recursos de regalías directas",
    ]
    make_page("Sistema General de Participaciones", summary="Distribución.")
    assert titles(search(client, "participaciones")) == ["Sistema General de Participaciones"]
    assert titles(search(client, "transferencias")) == []
    with committed():
        Synonym.objects.create(terms="transferencias, SGP")
    assert titles(search(client, "transferencias")) == ["Sistema General de Participaciones"]


def test_the_policy_acronyms_are_seeded(client, make_page):
    make_page("Revisión del esquema de ordenamiento territorial", summary="Municipios pequeños.")
    make_page("Publicar en el SECOP", summary="Procesos de compra.")
    assert titles(search(client, "EOT")) == ["Revisión del esquema de ordenamiento territorial"]
    found = titles(search(client, "sistema electrónico de contratación pública"))
    assert found == ["Publicar en el SECOP"]
