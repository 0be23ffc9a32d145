"""The lists municipal and departmental websites frame: what they hold, and that they are light,
cached, cookie-free and frameable, while every other page still refuses to be framed."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.utils import timezone

from wagtail.models import PageViewRestriction

from knowledge.factories import GuidePageFactory, PracticePageFactory, create_library
from training.factories import CohortFactory, CoursePageFactory, create_plan

PRACTICES = "/insertar/practicas/"
COURSES = "/insertar/cursos/"
WEBMASTERS = "/insertar/"
BUDGET = 20 * 1024  # bytes, the whole answer


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [link.get_text(strip=True) for link in soup_of(response).select("main li a")]


def csp(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


@pytest.fixture
def library(db):
    library = create_library()
    PracticePageFactory(parent=library, title="Mesa de salud en Nariño", departments=["52"])
    PracticePageFactory(
        parent=library, title="Catastro en Pasto y Popayán", departments=["52", "19"]
    )
    PracticePageFactory(
        parent=library, title="Rendición de cuentas en Antioquia", departments=["05"]
    )
    GuidePageFactory(parent=library, title="Guía de Nariño, no es una práctica", departments=["52"])
    PracticePageFactory(parent=library, title="Borrador de Nariño", departments=["52"], live=False)
    withdrawn = PracticePageFactory(parent=library, title="Retirada de Nariño", departments=["52"])
    withdrawn.unpublish()
    restricted = PracticePageFactory(parent=library, title="Interna de Nariño", departments=["52"])
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    return library


@pytest.fixture
def plan(db):
    plan = create_plan()
    today = timezone.localdate()
    taught = CoursePageFactory(parent=plan, title="Presupuesto territorial")
    CohortFactory(course=taught, municipality="52001")  # Pasto, in a month
    CohortFactory(course=taught, municipality="05001")  # Medellín
    started = CoursePageFactory(parent=plan, title="Curso que ya empezó")
    CohortFactory(
        course=started,
        municipality="52001",
        start_date=today - timedelta(days=3),
        enrolment_opens=today - timedelta(days=30),
        enrolment_closes=today - timedelta(days=4),
    )
    cancelled = CoursePageFactory(parent=plan, title="Curso cancelado")
    CohortFactory(course=cancelled, municipality="52001", status="cancelada")
    online = CoursePageFactory(parent=plan, title="Contratación estatal en línea")
    CohortFactory(course=online)
    draft = CoursePageFactory(parent=plan, title="Curso en borrador", live=False)
    CohortFactory(course=draft, municipality="52001")
    return plan


def test_department_list_shows_only_that_departments_live_public_practices(client, library):
    response = client.get(PRACTICES, {"departamento": "52"})
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Catastro en Pasto y Popayán", "Mesa de salud en Nariño"]
    assert soup_of(response).h1.get_text(strip=True) == "Buenas prácticas de Nariño"


def test_practices_of_another_department(client, library):
    response = client.get(PRACTICES, {"departamento": "05"})
    assert titles(response) == ["Rendición de cuentas en Antioquia"]


def test_unknown_department_code_is_explained_in_spanish_not_a_server_error(client, library):
    response = client.get(PRACTICES, {"departamento": "00"})
    assert response.status_code == 400
    message = soup_of(response).select_one("[role=alert]").get_text(strip=True)
    assert "No hay un departamento con el código «00»" in message
    assert "código DANE de dos dígitos" in message
    assert "no-store" not in response.get("Cache-Control", "")
    assert "public" not in response.get("Cache-Control", "")
    assert client.get(COURSES, {"departamento": "<script>"}).status_code == 400


def test_upcoming_courses_list_only_future_cohorts_of_live_courses(client, plan):
    response = client.get(COURSES)
    assert response.status_code == 200
    assert sorted(titles(response)) == [
        "Contratación estatal en línea",
        "Presupuesto territorial",
        "Presupuesto territorial",
    ]


def test_upcoming_courses_of_a_department_add_the_online_ones(client, plan):
    soup = soup_of(client.get(COURSES, {"departamento": "52"}))
    main_list, online_list = soup.select("main ul")
    assert [a.get_text(strip=True) for a in main_list.select("a")] == ["Presupuesto territorial"]
    assert "(Nariño)" in main_list.get_text()
    assert [a.get_text(strip=True) for a in online_list.select("a")] == [
        "Contratación estatal en línea"
    ]


@pytest.mark.parametrize("path", [PRACTICES + "?departamento=52", COURSES + "?departamento=52"])
def test_embed_is_light_accessible_and_opens_items_outside_the_frame(client, library, plan, path):
    response = client.get(path)
    assert len(response.content) <= BUDGET
    soup = soup_of(response)
    assert soup.html["lang"] == "es-CO"
    assert soup.title.get_text(strip=True).endswith("· Red ATT")
    assert soup.h1 is not None
    assert not soup.select("script, form, header, nav, iframe, img")
    stylesheets = [link["href"] for link in soup.select("link[rel=stylesheet]")]
    assert stylesheets == ["/static/embeds/embed.css"]
    for link in soup.select("a"):
        assert link["target"] in ("_blank", "_top")
        assert "noopener" in link["rel"]


@pytest.mark.parametrize("path", [PRACTICES + "?departamento=52", COURSES])
def test_embed_sets_no_cookie_is_cached_publicly_and_may_be_framed(library, plan, path):
    client = Client()
    for attempt in ("first", "cached"):
        response = client.get(path)
        assert response.status_code == 200, attempt
        assert not response.cookies, attempt
        assert "Set-Cookie" not in response.headers, attempt
        cache_control = response["Cache-Control"]
        assert "public" in cache_control and "max-age=900" in cache_control, attempt
        assert "X-Frame-Options" not in response.headers, attempt
        assert csp(response)["frame-ancestors"] == ["*"], attempt
        assert csp(response)["script-src"] == ["'self'"], attempt


def test_signed_in_member_gets_no_cookie_from_an_embed_either(member_client, library):
    response = member_client.get(PRACTICES, {"departamento": "52"})
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["/", "/biblioteca/", WEBMASTERS])
def test_every_other_page_still_refuses_to_be_framed(client, library, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["X-Frame-Options"] == "DENY"
    assert csp(response)["frame-ancestors"] == ["'none'"]


def test_webmasters_get_the_iframe_code_and_a_preview_for_their_department(client, library):
    soup = soup_of(client.get(WEBMASTERS, {"lista": "practicas", "departamento": "52"}))
    assert soup.h1.get_text(strip=True) == "Insertar Red ATT en su sitio web"
    form = soup.select_one("main form")
    assert form["method"] == "get"
    assert {field["name"] for field in form.select("select")} == {"lista", "departamento"}
    code = soup.select_one("textarea#embed-code")
    assert code.has_attr("readonly")
    snippet = BeautifulSoup(code.get_text(), "html.parser").iframe
    assert snippet["src"] == "http://localhost/insertar/practicas/?departamento=52"
    assert snippet["title"] == "Buenas prácticas de mi departamento: Nariño · Red ATT"
    preview = soup.select_one("main iframe")
    assert preview["src"] == "/insertar/practicas/?departamento=52"
    assert preview["title"] == snippet["title"]


def test_webmasters_page_without_a_choice_shows_the_form_only(client, db):
    soup = soup_of(client.get(WEBMASTERS))
    assert soup.select_one("main form") is not None
    assert soup.select_one("main iframe") is None


def test_webmasters_page_previews_its_own_list_only(client, db):
    response = client.get(WEBMASTERS, {"lista": "cursos"})
    assert "'self'" in csp(response)["frame-src"]
    assert soup_of(response).select_one("main iframe")["src"] == "/insertar/cursos/"
