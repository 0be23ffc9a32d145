"""Section 2 of the dashboard: what members answered in "¿Le sirvió?" and recorded in "La estamos
aplicando", by item, the same in the chart, the table and the CSV; only for the chosen period and
department, and never who answered."""

from datetime import timedelta
from unittest import mock

import pytest

from django.utils import timezone

from accounts.factories import UserFactory
from knowledge.adoption import send_follow_ups
from knowledge.factories import (
    AdoptionFactory,
    PracticePageFactory,
    UsefulnessAnswerFactory,
    create_library,
)
from reference.models import Department, Municipality

from .conftest import DASHBOARD, chart_text, csv_of, csv_url, figure_of, soup_of, table_rows

pytestmark = pytest.mark.django_db

PRACTICE = "Banco de proyectos compartido"


def member_in(town, username, entity="Alcaldía de Ipiales"):
    """A member whose profile names `entity` and `town`, as "La estamos aplicando" needs."""
    user = UserFactory(username=username, first_name="Ana", last_name="Quiñones")
    profile = user.profile
    profile.entity_other = entity
    profile.municipality = town
    profile.department = town.department
    profile.save()
    return user


@pytest.fixture
def ipiales(db):
    return Municipality.objects.get_or_create(
        code="52356", defaults={"name": "Ipiales", "department": Department.objects.get(code="52")}
    )[0]


@pytest.fixture
def practice(db):
    return PracticePageFactory(parent=create_library(), title=PRACTICE)


@pytest.fixture
def ana(ipiales):
    return member_in(ipiales, "ana_ipiales")


def answer_and_apply(client, member, practice):
    """The member's side: "¿Le sirvió?" yes, "La estamos aplicando", and when asked six months
    later, "it worked in part", all through the item's own forms."""
    client.force_login(member)
    client.post(practice.url + "opinion/", {"useful": "si", "reason": "aplicable"})
    client.post(practice.url + "aplicacion/", {"note": "Con la secretaría de Planeación."})
    later = timezone.now() + timedelta(days=183)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert send_follow_ups() == 1
    client.post(
        practice.url + "aplicacion/seguimiento/",
        {"outcome": "en_parte", "outcome_note": "Faltó presupuesto."},
    )
    client.logout()


def test_a_members_answers_show_in_the_chart_the_table_and_the_csv(client, editor, ana, practice):
    answer_and_apply(client, ana, practice)
    UsefulnessAnswerFactory(page=practice, useful=False)  # a visitor who was not signed in
    client.force_login(editor)
    soup = soup_of(client.get(DASHBOARD))

    usefulness = figure_of(soup, "le-sirvio")
    assert table_rows(usefulness) == [[PRACTICE, "1", "1", "2"]]
    assert [th.get_text() for th in usefulness.select("thead th")] == [
        "Recurso", "Sí", "No", "Respuestas"
    ]  # fmt: skip
    assert all(th["scope"] == "col" for th in usefulness.select("thead th"))
    assert usefulness.select_one("tbody th")["scope"] == "row"
    chart = usefulness.find("svg")
    assert chart["role"] == "img" and chart.find("title").get_text()
    assert "Banco de proyectos compartido" in chart_text(usefulness)
    assert len(chart.select("g.bar-group rect")) == 2  # one bar for yes, one for no
    assert csv_of(client.get(csv_url("le-sirvio"))) == [
        ["Recurso", "Sí", "No", "Respuestas"], [PRACTICE, "1", "1", "2"]
    ]  # fmt: skip

    adoption = figure_of(soup, "la-estamos-aplicando")
    header = ["Recurso", "Entidades que la aplican", "Funcionó", "Funcionó en parte", "No funcionó"]
    assert [th.get_text() for th in adoption.select("thead th")] == header
    assert table_rows(adoption) == [[PRACTICE, "1", "0", "1", "0"]]
    bar_values = [text.get_text() for text in adoption.select("g.bar-group > text")][1:]
    assert bar_values == ["1", "0", "1", "0"]
    assert csv_of(client.get(csv_url("la-estamos-aplicando"))) == [
        header, [PRACTICE, "1", "0", "1", "0"]
    ]  # fmt: skip


def test_the_period_leaves_out_older_answers_and_adoptions(editor_client, practice):
    old = timezone.now() - timedelta(days=120)
    UsefulnessAnswerFactory(page=practice, useful=True, created=old, updated=old)
    AdoptionFactory(page=practice, created=old)
    soup = soup_of(editor_client.get(DASHBOARD))  # the last 90 days
    assert table_rows(figure_of(soup, "le-sirvio")) == []
    assert "Sin datos en este periodo." in figure_of(soup, "la-estamos-aplicando").get_text()

    day = timezone.localdate(old).isoformat()
    chosen = editor_client.get(DASHBOARD, {"desde": day, "hasta": day})
    assert table_rows(figure_of(soup_of(chosen), "le-sirvio")) == [[PRACTICE, "1", "0", "1"]]
    rows = csv_of(editor_client.get(csv_url("la-estamos-aplicando"), {"desde": day, "hasta": day}))
    assert rows[1:] == [[PRACTICE, "1", "0", "0", "0"]]


def test_the_department_filter_keeps_only_that_departments_answers(editor_client, ana, practice):
    UsefulnessAnswerFactory(page=practice, user=ana, useful=True)
    AdoptionFactory(page=practice, department="05", entity_name="Alcaldía de Envigado")
    nariño = editor_client.get(DASHBOARD, {"departamento": "52"})
    soup = soup_of(nariño)
    assert table_rows(figure_of(soup, "le-sirvio")) == [[PRACTICE, "1", "0", "1"]]
    assert table_rows(figure_of(soup, "la-estamos-aplicando")) == []
    antioquia = soup_of(editor_client.get(DASHBOARD, {"departamento": "05"}))
    assert table_rows(figure_of(antioquia, "le-sirvio")) == []
    assert table_rows(figure_of(antioquia, "la-estamos-aplicando"))[0][:2] == [PRACTICE, "1"]


def test_no_one_who_answered_is_named_anywhere(client, editor, ana, practice):
    answer_and_apply(client, ana, practice)
    client.force_login(editor)
    page = client.get(DASHBOARD)
    soup = soup_of(page)
    assert table_rows(figure_of(soup, "le-sirvio")) == [[PRACTICE, "1", "0", "1"]]
    assert table_rows(figure_of(soup, "la-estamos-aplicando")) == [[PRACTICE, "1", "0", "1", "0"]]
    files = [csv_of(client.get(csv_url(slug))) for slug in ("le-sirvio", "la-estamos-aplicando")]
    assert [rows[1:] for rows in files] == [
        [[PRACTICE, "1", "0", "1"]], [[PRACTICE, "1", "0", "1", "0"]]
    ]  # fmt: skip
    for text in [page.content.decode(), *map(str, files)]:
        for personal in ("ana_ipiales", "Quiñones", "secretaría de Planeación", "Faltó"):
            assert personal not in text


def test_a_backwards_period_is_refused_in_spanish_keeping_what_was_typed(editor_client):
    response = editor_client.get(
        DASHBOARD, {"desde": "2026-05-10", "hasta": "2026-05-01", "departamento": "52"}
    )
    soup = soup_of(response)
    text = soup.get_text(" ", strip=True)
    assert "La fecha «desde» debe ser anterior o igual a la fecha «hasta»." in text
    assert soup.find("input", attrs={"name": "desde"})["value"] == "2026-05-10"
    assert soup.find("input", attrs={"name": "hasta"})["value"] == "2026-05-01"
    assert soup.find("option", selected=True)["value"] == "52"
    assert not soup.select(".dashboard-figure")


def test_an_unreadable_date_is_refused_in_spanish_keeping_what_was_typed(editor_client):
    soup = soup_of(editor_client.get(DASHBOARD, {"desde": "2026-02-31"}))
    assert "Escriba una fecha válida" in soup.get_text()
    assert soup.find("input", attrs={"name": "desde"})["value"] == "2026-02-31"
    response = editor_client.get(csv_url("le-sirvio"), {"desde": "2026-02-31"})
    assert response.status_code == 400 and "Escriba una fecha válida" in response.content.decode()
