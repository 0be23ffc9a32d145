"""The catalogue: facets with counts, filters in the URL, the calendar, the empty state."""

from datetime import timedelta
from types import SimpleNamespace

import pytest

from django.utils import timezone

from training.factories import CohortFactory, CoursePageFactory
from training.models import Cohort

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(plan):
    """Three live courses and a draft; the draft matches every filter, so leaks are caught."""
    today = timezone.localdate()
    mdm = CoursePageFactory(
        parent=plan, title="MDM para alcaldías", modality="virtual",
        capacity_levels=["gerencial"], capacity_types=["institucional"], entity="dnp",
    )  # fmt: skip
    budget = CoursePageFactory(
        parent=plan, title="Presupuesto territorial", modality="presencial",
        capacity_levels=["institucional"], sectors=["hacienda-publica"], entity="esap",
    )  # fmt: skip
    sgr = CoursePageFactory(
        parent=plan, title="Regalías SGR", modality="virtual",
        capacity_levels=["institucional"], entity="dnp",
    )  # fmt: skip
    draft = CoursePageFactory(
        parent=plan, title="Borrador gerencial", modality="virtual",
        capacity_levels=["gerencial"], live=False,
    )  # fmt: skip
    return SimpleNamespace(
        mdm=mdm,
        budget=budget,
        sgr=sgr,
        draft=draft,
        mdm_open=CohortFactory(course=mdm),
        mdm_later=CohortFactory(course=mdm, start_date=today + timedelta(days=200),
                                enrolment_opens=today + timedelta(days=100)),
        budget_pasto=CohortFactory(course=budget, municipality="52001"),
        sgr_closed=CohortFactory(course=sgr, status=Cohort.Status.CLOSED),
        draft_open=CohortFactory(course=draft),
    )  # fmt: skip


def titles(response):
    return [course.title for course in response.context["results"].object_list]


def facet(response, param):
    found = next(f for f in response.context["facets"] if f.param == param)
    return {option.value: (option.count, option.selected) for option in found.options}


def test_the_catalogue_lists_live_courses_only(plan, catalogue, client):
    response = client.get(plan.url)
    assert titles(response) == ["MDM para alcaldías", "Presupuesto territorial", "Regalías SGR"]
    assert "Borrador gerencial" not in response.content.decode()


def test_facets_count_courses_for_each_choice(plan, catalogue, client):
    response = client.get(plan.url)
    assert facet(response, "modalidad") == {"presencial": (1, False), "virtual": (2, False)}
    assert facet(response, "nivel") == {"institucional": (2, False), "gerencial": (1, False)}
    assert facet(response, "entidad") == {"dnp": (2, False), "esap": (1, False)}
    assert facet(response, "departamento") == {"52": (1, False)}
    assert facet(response, "inscripciones") == {"abiertas": (2, False)}


def test_filters_in_the_url_combine_and_counts_follow(plan, catalogue, client):
    response = client.get(plan.url, {"modalidad": "virtual", "nivel": "gerencial"})
    assert titles(response) == ["MDM para alcaldías"]
    # Each facet counts with the *other* facets applied.
    assert facet(response, "modalidad") == {"virtual": (1, True)}
    assert facet(response, "nivel") == {"institucional": (1, False), "gerencial": (1, True)}
    html = response.content.decode()
    assert 'name="modalidad" value="virtual" checked' in html
    assert "Quitar filtro Modalidad: Virtual" in html


def test_open_enrolment_and_department_filters(plan, catalogue, client):
    assert titles(client.get(plan.url, {"inscripciones": "abiertas"})) == [
        "MDM para alcaldías",
        "Presupuesto territorial",
    ]
    assert titles(client.get(plan.url, {"departamento": "52"})) == ["Presupuesto territorial"]


def test_starting_this_month_or_quarter(plan, catalogue, client):
    today = timezone.localdate()
    # The factory's "in a month" falls in this month on the 1st of a 31-day month: next month.
    next_month = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    Cohort.objects.filter(pk__in=[catalogue.mdm_open.pk, catalogue.budget_pasto.pk]).update(
        start_date=next_month, end_date=next_month + timedelta(days=10)
    )
    CohortFactory(course=catalogue.sgr, start_date=today)
    far = CoursePageFactory(parent=plan, title="Curso lejano")
    CohortFactory(course=far, start_date=today + timedelta(days=120))
    assert titles(client.get(plan.url, {"inicio": "este-mes"})) == ["Regalías SGR"]
    this_quarter = titles(client.get(plan.url, {"inicio": "este-trimestre"}))
    assert "Regalías SGR" in this_quarter
    assert "Curso lejano" not in this_quarter


def test_no_match_shows_a_way_to_clear_the_filters(plan, catalogue, client):
    response = client.get(plan.url, {"modalidad": "hibrida"})
    html = response.content.decode()
    assert titles(response) == []
    assert "Ningún curso coincide con estos filtros." in html
    assert f'href="{plan.url}">Quitar todos los filtros' in html


def test_the_calendar_lists_upcoming_cohorts_of_the_selection(plan, catalogue, client):
    upcoming = client.get(plan.url).context["upcoming"]
    assert catalogue.draft_open not in upcoming
    assert upcoming[0].start_date <= upcoming[-1].start_date
    filtered = client.get(plan.url, {"departamento": "52"}).context["upcoming"]
    assert filtered == [catalogue.budget_pasto]


def test_the_catalogue_pages_through_many_courses(plan, client):
    for n in range(14):
        CoursePageFactory(parent=plan, title=f"Curso {n:02d}")
    second = client.get(plan.url, {"page": 2})
    assert len(titles(second)) == 2
    assert "Página 2 de 2" in second.content.decode()


def test_the_catalogue_query_count_does_not_grow_with_courses(
    plan, catalogue, client, django_assert_max_num_queries
):
    for _ in range(10):
        course = CoursePageFactory(parent=plan, capacity_levels=["humano"], sectors=["salud"])
        CohortFactory(course=course, municipality="05001")
    with django_assert_max_num_queries(30):
        response = client.get(plan.url)
    assert len(titles(response)) == 12


def test_the_home_page_shows_upcoming_cohorts(plan, catalogue, client):
    html = client.get("/").content.decode()
    assert "Próximas convocatorias de formación" in html
    assert "MDM para alcaldías" in html
    assert "Borrador gerencial" not in html
