"""One behaviour, two engines: every test here runs on the database and on Elasticsearch."""

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from search.models import Synonym

pytestmark = pytest.mark.django_db

GESTION = "Gestión de la hacienda pública territorial"


def search(client, q, **params):
    return client.get("/buscar/", {"q": q, **params})


def titles(response):
    return [hit.title for hit in response.context["page"].object_list]


def api(client, q, **params):
    response = client.get("/api/search/", {"q": q, **params})
    assert response.status_code == 200
    return response.json()


def facet_counts(data, facet):
    return {item["value"]: item["count"] for item in data["facets"].get(facet, [])}


# --- Spanish matching ---------------------------------------------------------------------------


def test_words_without_accents_find_the_accented_title(client, make_page):
    make_page(GESTION)
    make_page("Catastro multipropósito")
    assert titles(search(client, "gestion hacienda")) == [GESTION]


def test_capitals_and_missing_accents_do_not_matter(client, make_page):
    make_page("Planeación participativa del desarrollo")
    assert titles(search(client, "PLANEACION")) == ["Planeación participativa del desarrollo"]


def test_singular_finds_plural_and_plural_finds_singular(client, make_page):
    make_page("Apoyo a municipios de sexta categoría")
    make_page("Evaluación del municipio", summary="Una evaluación anual.")
    assert sorted(titles(search(client, "municipio"))) == [
        "Apoyo a municipios de sexta categoría",
        "Evaluación del municipio",
    ]
    assert titles(search(client, "evaluaciones")) == ["Evaluación del municipio"]


def test_an_acronym_finds_text_that_only_spells_it_out(client, make_page):
    make_page("Proyectos de inversión", summary="Financiados por el Sistema General de Regalías.")
    make_page("Proyectos de salud", summary="Financiados con recursos propios.")
    assert titles(search(client, "SGR")) == ["Proyectos de inversión"]


def test_the_spelled_out_form_finds_the_acronym(client, make_page):
    make_page("Guía del PDT", summary="Cómo formular el PDT.")
    assert titles(search(client, "plan de desarrollo territorial")) == ["Guía del PDT"]


def test_a_synonym_added_by_an_editor_applies_to_the_next_search(client, make_page, committed):
    make_page("Catastro multipropósito", summary="Actualización catastral.")
    assert titles(search(client, "predial")) == []
    with committed():
        Synonym.objects.create(terms="predial, catastro")
    assert titles(search(client, "predial")) == ["Catastro multipropósito"]


def test_quotes_search_for_the_exact_phrase(client, make_page):
    make_page("Plan de desarrollo", summary="El plan de desarrollo territorial del departamento.")
    make_page("Desarrollo del plan", summary="Un desarrollo territorial con plan propio.")
    assert titles(search(client, '"plan de desarrollo territorial"')) == ["Plan de desarrollo"]
    assert len(titles(search(client, "plan desarrollo territorial"))) == 2


def test_quotes_find_the_phrase_in_the_text_of_a_guide(client, make_page):
    make_page("Guía uno", purpose="Apoyamos la formulación del plan de desarrollo municipal.")
    make_page("Guía dos", purpose="Un plan propio para el desarrollo del municipio.")
    assert titles(search(client, '"plan de desarrollo"')) == ["Guía uno"]
    assert titles(search(client, '"desarrollo municipal"')) == ["Guía uno"]
    assert titles(search(client, '"municipal plan"')) == []


def test_a_phrase_does_not_run_from_the_title_into_the_text(client, make_page):
    make_page("Plan de desarrollo", summary="Territorial y participativo.")
    assert titles(search(client, '"territorial y participativo"')) == ["Plan de desarrollo"]
    assert titles(search(client, '"desarrollo territorial"')) == []


def test_items_holding_every_word_come_before_items_holding_some(client, make_page):
    make_page(GESTION, summary="Rentas.")
    make_page("Gestión catastral", summary="Actualización del catastro.")
    make_page("Agua potable", summary="Acueductos.")
    assert titles(search(client, "gestión catastro")) == ["Gestión catastral", GESTION]


def test_items_holding_some_words_are_left_out_when_enough_hold_them_all(client, make_page):
    for n in range(10):
        make_page(f"Gestión catastral {n}", summary="Actualización.")
    make_page(GESTION, summary="Rentas.")
    found = titles(search(client, "gestión catastro"))
    assert sorted(found) == [f"Gestión catastral {n}" for n in range(10)]
    assert GESTION not in found


def test_a_title_match_ranks_above_a_body_match(client, make_page):
    make_page("Agua potable rural", summary="Texto sobre acueductos.")
    make_page("Acueductos veredales", summary="Soluciones de agua potable.")
    assert titles(search(client, "agua potable"))[0] == "Agua potable rural"


def test_newest_first_on_request(client, make_page):
    make_page("Regalías 2021", publication_date="2021-05-01")
    make_page("Regalías 2024", publication_date="2024-05-01")
    make_page("Regalías 2023", publication_date="2023-05-01")
    assert titles(search(client, "regalías", orden="recientes")) == [
        "Regalías 2024",
        "Regalías 2023",
        "Regalías 2021",
    ]


# --- Results: snippets, kind, date, territory, pagination ---------------------------------------


def test_hits_show_kind_date_territory_and_a_highlighted_snippet(client, make_page):
    make_page(
        "Rendición de cuentas",
        summary="Cómo preparar la audiencia pública de rendición de cuentas.",
        departments=["52"],
        publication_date="2024-03-01",
    )
    html = search(client, "audiencia").content.decode()
    assert "<mark>audiencia</mark>" in html
    assert "Guía metodológica" in html
    assert "Nariño" in html
    assert 'datetime="2024-03-01' in html


def test_snippets_are_escaped_html(client, make_page):
    make_page("Seguridad", summary="Salud & educación: la palabra clave.")
    html = search(client, "clave").content.decode()
    assert "Salud &amp; educación: la palabra <mark>clave</mark>" in html


def test_rich_text_reads_as_text_in_snippets(client, make_page):
    make_page("Agua", purpose="<p>Acueducto &amp; <b>alcantarillado</b> &lt;rural&gt;</p>")
    html = search(client, "alcantarillado").content.decode()
    assert "Acueducto &amp; <mark>alcantarillado</mark> &lt;rural&gt;" in html
    assert "<b>" not in html


def test_results_are_paginated(client, make_page):
    for n in range(23):
        make_page(f"Informe de regalías número {n}")
    first = search(client, "regalías")
    assert len(titles(first)) == 20
    assert "1 de 2" in first.content.decode() or "Página 1 de 2" in first.content.decode()
    assert len(titles(search(client, "regalías", page=2))) == 3


# --- Facets -------------------------------------------------------------------------------------


@pytest.fixture
def faceted(make_page):
    make_page(
        "Salud pública poblacional",
        capacity_types=["poblacional"],
        sectors=["salud"],
        departments=["52"],
        publication_date="2024-02-01",
    )
    make_page(
        "Salud y educación",
        capacity_types=["institucional"],
        sectors=["salud", "educacion"],
        departments=["05"],
        publication_date="2023-02-01",
    )
    make_page("Salud en víctimas", kind="practica", capacity_types=["poblacional"],
              sectors=["victimas"], departments=["52"], publication_date="2024-07-01")  # fmt: skip


def test_facets_count_the_matching_results(client, faceted):
    data = api(client, "salud")
    assert data["total"] == 3
    assert facet_counts(data, "tipo") == {"poblacional": 2, "institucional": 1}
    assert facet_counts(data, "sector") == {"salud": 2, "educacion": 1, "victimas": 1}
    assert facet_counts(data, "contenido") == {"guia": 2, "practica": 1}
    assert facet_counts(data, "departamento") == {"52": 2, "05": 1}
    assert facet_counts(data, "anio") == {"2024": 2, "2023": 1}


def test_a_facet_narrows_the_results_and_the_counts(client, faceted):
    data = api(client, "salud", tipo="poblacional")
    assert sorted(hit["title"] for hit in data["results"]) == [
        "Salud en víctimas",
        "Salud pública poblacional",
    ]
    assert facet_counts(data, "contenido") == {"guia": 1, "practica": 1}
    assert facet_counts(data, "sector") == {"salud": 1, "victimas": 1}


def test_facets_combine_in_the_url(client, faceted):
    response = search(client, "salud", tipo="poblacional", contenido="guia")
    assert titles(response) == ["Salud pública poblacional"]
    values_of_one_facet = search(client, "salud", sector=["educacion", "victimas"])
    assert sorted(titles(values_of_one_facet)) == ["Salud en víctimas", "Salud y educación"]


def test_facet_links_work_without_javascript(client, faceted):
    html = search(client, "salud").content.decode()
    assert "tipo=poblacional" in html
    assert "(2)" in html
    selected = search(client, "salud", tipo="poblacional").content.decode()
    assert 'aria-current="true"' in selected


# --- No results ---------------------------------------------------------------------------------


def test_a_typo_is_corrected_and_its_results_shown_at_once(client, make_page):
    make_page("Catastro multipropósito")
    response = search(client, "catastor")
    assert titles(response) == ["Catastro multipropósito"]
    html = response.content.decode()
    assert "Mostrando resultados para «<strong>catastro</strong>»" in html
    assert "Buscar en cambio «catastor»" in html
    assert titles(search(client, "catastor", sin_corregir="1")) == []


def test_no_results_with_filters_suggests_dropping_them(client, faceted):
    html = search(client, "educación", tipo="poblacional").content.decode()
    assert "No encontramos resultados" in html
    assert "Sin filtros hay 1 resultado" in html


# --- Nothing private leaks ----------------------------------------------------------------------


def test_drafts_never_appear_anywhere(client, make_page):
    make_page("Borrador reservado sobre regalías", live=False)
    make_page("Regalías publicadas")
    assert_hidden(client, "regalías", "Borrador reservado sobre regalías", visible=1)


def test_unpublishing_removes_a_page_at_once(client, make_page, committed):
    page = make_page("Regalías retiradas")
    make_page("Regalías publicadas")
    assert len(titles(search(client, "regalías"))) == 2
    with committed():
        page.unpublish()
    assert_hidden(client, "regalías", "Regalías retiradas", visible=1)


def test_view_restricted_pages_never_appear(member_client, make_page, committed):
    page = make_page("Regalías internas", summary="Lineamientos internos de regalías.")
    make_page("Regalías publicadas")
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert_hidden(Client(), "regalías", "Regalías internas", visible=1)  # anonymous
    assert_hidden(member_client, "regalías", "Regalías internas", visible=1)


def test_lifting_a_restriction_brings_the_page_back(client, make_page, committed):
    page = make_page("Regalías internas")
    with committed():
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert titles(search(client, "regalías")) == []
    with committed():
        restriction.delete()
    assert titles(search(client, "regalías")) == ["Regalías internas"]


def test_a_restriction_on_a_parent_hides_its_children(client, library, make_page, committed):
    make_page("Regalías bajo la biblioteca")
    with committed():
        PageViewRestriction.objects.create(page=library, restriction_type="login")
    assert titles(search(client, "regalías")) == []


def assert_hidden(client, q, title, visible):
    """`title` is absent from the page, the counts, snippets, autocomplete and the JSON API."""
    response = search(client, q)
    assert title not in titles(response)
    assert response.context["total"] == visible
    assert title not in response.content.decode()
    data = api(client, q)
    assert data["total"] == visible
    assert sum(facet_counts(data, "contenido").values()) == visible
    assert title not in str(data)
    suggestions = client.get("/buscar/autocompletar/", {"q": title[:12]}).json()["results"]
    assert title not in [s["title"] for s in suggestions]


# --- Index kept true ----------------------------------------------------------------------------


def test_publishing_a_draft_makes_it_findable(client, make_page, committed):
    page = make_page("Nueva guía de regalías", live=False)
    assert titles(search(client, "regalías")) == []
    with committed():
        page.save_revision().publish()
    assert titles(search(client, "regalías")) == ["Nueva guía de regalías"]


def test_editing_and_republishing_updates_the_hit(client, make_page, committed):
    page = make_page("Guía de regalías")
    page.title = "Guía de catastro"
    with committed():
        page.save_revision().publish()
    assert titles(search(client, "regalías")) == []
    assert titles(search(client, "catastro")) == ["Guía de catastro"]


def test_deleting_a_page_removes_it(client, make_page, committed):
    page = make_page("Guía de regalías")
    with committed():
        page.delete()
    assert titles(search(client, "regalías")) == []


def test_rebuild_command_restores_the_index(client, make_page, search_backend):
    from django.core.management import call_command

    make_page("Guía de regalías")
    search_backend.reset()
    assert titles(search(client, "regalías")) == []
    call_command("rebuild_search_index", stdout=__import__("io").StringIO())
    assert titles(search(client, "regalías")) == ["Guía de regalías"]


class RebuildStopped(Exception):
    pass


def test_a_rebuild_that_fails_midway_leaves_the_index_as_it_was(client, make_page):
    from search import indexing

    make_page("Guía de regalías")
    make_page("Regalías municipales")

    def fail_after_the_first(kind, indexed):
        if indexed:
            raise RebuildStopped

    with pytest.raises(RebuildStopped):
        indexing.rebuild(fail_after_the_first)
    assert sorted(titles(search(client, "regalías"))) == [
        "Guía de regalías",
        "Regalías municipales",
    ]


# --- Autocomplete and API -----------------------------------------------------------------------


def test_autocomplete_suggests_titles_by_their_first_letters(client, make_page):
    make_page(GESTION)
    make_page("Catastro multipropósito")
    data = client.get("/buscar/autocompletar/", {"q": "gestion hac"}).json()
    assert [item["title"] for item in data["results"]] == [GESTION]


def test_json_api_returns_hits_with_plain_snippets(client, make_page):
    make_page(GESTION, departments=["52"], publication_date="2024-03-01")
    data = api(client, "hacienda")
    assert data["total"] == 1
    hit = data["results"][0]
    assert hit["title"] == GESTION
    assert hit["kind"] == "guia"
    assert hit["date"] == "2024-03-01"
    assert hit["territory"] == "Nariño"
    assert hit["url"].endswith("/")


def test_json_api_without_a_query_is_a_clear_error(client, search_backend):
    response = client.get("/api/search/")
    assert response.status_code == 400
    assert "parámetro q" in response.json()["error"]
