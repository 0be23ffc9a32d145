"""Section 1 of the dashboard: top and zero-result searches, and the community's questions
without an accepted answer by space and by the asker's department, for the chosen period."""

from datetime import timedelta

import pytest

from django.utils import timezone

from accounts.factories import UserFactory
from community.factories import PostFactory, SpacePageFactory, ThreadFactory, create_community
from community.models import Thread
from reference.models import Department
from search.factories import SearchQueryLogFactory

from .conftest import DASHBOARD, csv_of, csv_url, figure_of, soup_of, table_rows

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def asker_from(department_code, username):
    user = UserFactory(username=username)
    user.profile.department = Department.objects.get(code=department_code)
    user.profile.save()
    return user


@pytest.fixture
def spaces(db):
    community = create_community()
    return (
        SpacePageFactory(parent=community, title="Planeación territorial"),
        SpacePageFactory(parent=community, title="Regalías"),
    )


def question(space, author, solved=False, **kwargs):
    thread = ThreadFactory(space=space, author=author, **kwargs)
    if solved:
        thread.solution = PostFactory(thread=thread)
        thread.save()
    return thread


def test_top_and_zero_result_searches_in_the_period(editor_client):
    for _ in range(3):
        SearchQueryLogFactory(query="Regalías", result_count=4, created_at=days_ago(2))
    SearchQueryLogFactory(query="catastro multipropósito", result_count=0, created_at=days_ago(1))
    SearchQueryLogFactory(query="plan de desarrollo", result_count=0, created_at=days_ago(200))
    soup = soup_of(editor_client.get(DASHBOARD))
    assert table_rows(figure_of(soup, "busquedas")) == [
        ["regalías", "3"], ["catastro multipropósito", "1"]
    ]  # fmt: skip
    assert table_rows(figure_of(soup, "busquedas-sin-resultados")) == [
        ["catastro multipropósito", "1"]
    ]
    assert "no se filtran por departamento" in figure_of(soup, "busquedas").get_text()
    assert csv_of(editor_client.get(csv_url("busquedas-sin-resultados"))) == [
        ["Consulta", "Búsquedas"], ["catastro multipropósito", "1"]
    ]  # fmt: skip


def test_a_search_that_would_run_as_a_formula_is_neutralised_in_the_csv(editor_client):
    SearchQueryLogFactory(query="=HYPERLINK(1)", result_count=0, created_at=days_ago(1))
    rows = csv_of(editor_client.get(csv_url("busquedas-sin-resultados")))
    assert rows[1] == ["'=hyperlink(1)", "1"]


def test_questions_without_an_accepted_answer_by_space_and_department(editor_client, spaces):
    planning, royalties = spaces
    nariño, antioquia = asker_from("52", "pregunta_narino"), asker_from("05", "pregunta_antioquia")
    question(planning, nariño)
    question(planning, antioquia, solved=True)
    question(royalties, nariño)
    question(royalties, nariño, category=Thread.Category.EXPERIENCE)  # not a question
    question(royalties, nariño, hidden=True)  # hidden by a moderator
    question(royalties, antioquia, created=days_ago(200))  # before the period
    soup = soup_of(editor_client.get(DASHBOARD))

    by_space = figure_of(soup, "preguntas-por-espacio")
    assert table_rows(by_space) == [
        ["Planeación territorial", "1", "2"], ["Regalías", "1", "1"]
    ]  # fmt: skip
    assert len(by_space.select("svg g.bar-group")) == 2
    by_department = figure_of(soup, "preguntas-por-departamento")
    assert table_rows(by_department) == [["Nariño", "2", "2"], ["Antioquia", "0", "1"]]
    assert csv_of(editor_client.get(csv_url("preguntas-por-departamento")))[1:] == [
        ["Nariño", "2", "2"], ["Antioquia", "0", "1"]
    ]  # fmt: skip

    only_antioquia = soup_of(editor_client.get(DASHBOARD, {"departamento": "05"}))
    assert table_rows(figure_of(only_antioquia, "preguntas-por-espacio")) == [
        ["Planeación territorial", "0", "1"]
    ]
    page = editor_client.get(DASHBOARD).content.decode()
    assert "pregunta_narino" not in page and nariño.last_name not in page


def test_askers_without_a_department_are_counted_apart(editor_client, spaces):
    question(spaces[0], UserFactory(username="sin_departamento"))
    soup = soup_of(editor_client.get(DASHBOARD))
    assert table_rows(figure_of(soup, "preguntas-por-departamento")) == [
        ["Sin departamento", "1", "1"]
    ]
