"""Courses and meeting editions in the site search, on both engines."""

import datetime

import pytest

from tests.search.test_search_behaviour import api, assert_hidden, facet_counts, search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_course(search_backend, committed):
    from training.factories import CoursePageFactory, create_plan

    with committed():
        plan = create_plan()

    def make(title, **kwargs):
        with committed():
            return CoursePageFactory(parent=plan, title=title, **kwargs)

    return make


def test_a_course_is_found_by_its_learning_outcomes_with_its_facets(client, make_course):
    make_course(
        "Finanzas territoriales",
        learning_outcomes="<ul><li>Formula el marco fiscal de mediano plazo.</li></ul>",
        capacity_types=["institucional"],
        sectors=["hacienda-publica"],
    )
    make_course("Catastro", learning_outcomes="<p>Actualiza la base predial.</p>")
    data = api(client, "fiscal")
    assert [hit["title"] for hit in data["results"]] == ["Finanzas territoriales"]
    assert data["results"][0]["kind"] == "curso"
    assert facet_counts(data, "contenido") == {"curso": 1}
    assert facet_counts(data, "tipo") == {"institucional": 1}
    assert facet_counts(data, "entidad") == {"esap": 1}
    assert "Curso" in search(client, "fiscal").content.decode()


def test_the_course_facet_narrows_to_courses(client, make_course, make_page):
    make_course("Regalías para municipios")
    make_page("Guía de regalías")
    assert titles(search(client, "regalías", contenido="curso")) == ["Regalías para municipios"]


def test_a_draft_course_never_appears(client, make_course):
    make_course("Regalías en borrador", live=False)
    make_course("Regalías publicadas")
    assert_hidden(client, "regalías", "Regalías en borrador", visible=1)


def test_a_course_is_found_by_where_its_cohorts_run(client, make_course, committed):
    from training.factories import CohortFactory

    course = make_course("Presupuesto participativo")
    assert api(client, "ipiales")["total"] == 0
    with committed():
        cohort = CohortFactory(course=course, municipality="52356", online=False)
        cohort.municipality.name = "Ipiales"
        cohort.municipality.save()
        cohort.save()
    data = api(client, "ipiales")
    assert [hit["title"] for hit in data["results"]] == ["Presupuesto participativo"]
    assert facet_counts(data, "departamento") == {"52": 1}
    assert data["results"][0]["date"] == cohort.start_date.isoformat()
    with committed():
        cohort.delete()
    assert api(client, "ipiales")["total"] == 0


def test_a_course_page_is_indexed_once(client, make_course, search_backend):
    from django.core.management import call_command

    make_course("Regalías para municipios")
    call_command("rebuild_search_index", stdout=__import__("io").StringIO())
    assert facet_counts(api(client, "regalías"), "contenido") == {"curso": 1}


def test_a_meeting_edition_is_found_with_its_date(client, search_backend, committed):
    from meeting.factories import EditionPageFactory, meeting_index

    with committed():
        EditionPageFactory(
            parent=meeting_index(),
            year=2031,
            starts_on=datetime.date(2031, 9, 10),
            ends_on=datetime.date(2031, 9, 11),
            place="Pasto",
            description="<p>Experiencias de gestión catastral.</p>",
        )
    data = api(client, "catastral")
    assert [hit["kind"] for hit in data["results"]] == ["encuentro"]
    assert data["results"][0]["date"] == "2031-09-10"
    assert facet_counts(data, "anio") == {"2031": 1}
    assert "Encuentro anual" in search(client, "catastral").content.decode()


def test_spaces_and_course_lessons_are_named_for_what_they_are(client, make_course, committed):
    from community.factories import SpacePageFactory, create_community
    from training.factories import CourseLessonPageFactory, CourseModulePageFactory

    course = make_course("Catastro multipropósito")
    with committed():
        SpacePageFactory(parent=create_community(), title="Catastro y predial")
        module = CourseModulePageFactory(parent=course, title="Módulo de catastro")
        CourseLessonPageFactory(parent=module, title="Lección de avalúos del catastro")
    data = api(client, "catastro")
    kinds = {hit["title"]: (hit["kind"], hit["kind_label"]) for hit in data["results"]}
    assert kinds["Catastro y predial"] == ("espacio", "Espacio de la comunidad")
    assert kinds["Módulo de catastro"] == ("modulo", "Módulo de curso")
    assert kinds["Lección de avalúos del catastro"] == ("leccion-curso", "Lección de curso")
    assert "pagina" not in facet_counts(data, "contenido")
    body = search(client, "catastro").content.decode()
    assert "Espacio de la comunidad" in body and ">Página<" not in body
