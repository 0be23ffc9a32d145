"""The dashboard's figures are aggregates by query: the page costs the same number of queries
with a handful of rows as with many, and never one per item, question or enrolment."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.factories import SpacePageFactory, ThreadFactory, create_community
from knowledge.factories import (
    AdoptionFactory,
    PracticePageFactory,
    UsefulnessAnswerFactory,
    create_library,
)
from search.factories import SearchQueryLogFactory
from training.factories import (
    CohortFactory,
    CourseEvaluationFactory,
    CoursePageFactory,
    create_plan,
)
from training.models import Enrollment

from .conftest import DASHBOARD, csv_url

pytestmark = pytest.mark.django_db

# The page's own figures (11 queries) plus what any Wagtail admin page costs (user, permissions,
# menu, session) and the department choices.
MAX_QUERIES = 30  # 26 today


@pytest.fixture
def parents(db):
    return create_library(), SpacePageFactory(parent=create_community()), create_plan()


def fill(parents, size):
    """`size` items, questions, searches and enrolments, each answered or evaluated."""
    library, space, plan = parents
    for n in range(size):
        practice = PracticePageFactory(parent=library)
        UsefulnessAnswerFactory(page=practice, useful=n % 2 == 0)
        AdoptionFactory(page=practice)
        ThreadFactory(space=space)
        SearchQueryLogFactory(query=f"consulta {n}", result_count=n % 2)
        cohort = CohortFactory(
            course=CoursePageFactory(parent=plan), start_date=timezone.localdate()
        )
        enrolment = Enrollment.objects.create(
            cohort=cohort, user=ThreadFactory(space=space).author, status="inscrito"
        )
        CourseEvaluationFactory(cohort=cohort, respondent=enrolment.user)


def queries_for(client, path, cached=False):
    """Queries for one visit; the figures' cache is emptied first unless `cached`."""
    if not cached:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured)


def test_the_page_and_each_csv_cost_the_same_queries_for_few_rows_and_many(editor_client, parents):
    fill(parents, 2)
    few = queries_for(editor_client, DASHBOARD)
    few_csv = queries_for(editor_client, csv_url("formacion-por-curso"))
    fill(parents, 8)
    assert queries_for(editor_client, DASHBOARD) == few
    assert queries_for(editor_client, csv_url("formacion-por-curso")) == few_csv


def test_the_page_stays_under_its_query_budget(
    editor_client, parents, django_assert_max_num_queries
):
    fill(parents, 5)
    with django_assert_max_num_queries(MAX_QUERIES):
        editor_client.get(DASHBOARD)


def test_a_second_visit_within_minutes_reuses_the_figures(editor_client, parents):
    fill(parents, 2)
    first = queries_for(editor_client, DASHBOARD)
    assert queries_for(editor_client, DASHBOARD, cached=True) <= first - 10
