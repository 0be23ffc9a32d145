"""The publisher's results of course surveys in the admin: anonymous aggregates per course and
per cohort, for those who may edit or publish the course, and nobody else."""

from datetime import timedelta

import pytest

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse, reverse_lazy
from django.utils import timezone

from wagtail.models import GroupPagePermission

from accounts.factories import GroupFactory, UserFactory
from training.factories import CohortFactory, CourseEvaluationFactory, create_plan

pytestmark = pytest.mark.django_db
ADMIN = "wagtailadmin.access_admin"
LOG_IN = reverse_lazy("account_login")  # the admin sends anyone without access there


def ended_cohort(course, days_ago=3):
    today = timezone.localdate()
    return CohortFactory(
        course=course,
        start_date=today - timedelta(days=days_ago + 10),
        end_date=today - timedelta(days=days_ago),
        enrolment_opens=today - timedelta(days=days_ago + 40),
        enrolment_closes=today - timedelta(days=days_ago + 11),
    )


def respondent(n):
    return UserFactory(
        username=f"respondiente{n}",
        first_name=f"Nombre{n}",
        last_name=f"Apellido{n}",
    )


def answers(cohort, count, start=0, **kwargs):
    people = [respondent(start + n) for n in range(count)]
    for person in people:
        CourseEvaluationFactory(cohort=cohort, respondent=person, **kwargs)
    return people


def detail_url(course):
    return reverse("training_evaluation_detail", args=[course.pk])


def report_url():
    return reverse("training_evaluations_report")


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_publisher_sees_averages_distribution_recommendation_and_unsigned_comments(
    course, publisher_client
):
    cohort = ended_cohort(course)
    people = answers(cohort, 2, satisfaction=5)
    people += answers(cohort, 1, start=2, satisfaction=2, would_recommend=False,
                      comments="Faltaron ejercicios con datos del municipio.")  # fmt: skip

    listing = publisher_client.get(report_url()).content.decode()
    assert course.title in listing and detail_url(course) in listing

    response = publisher_client.get(detail_url(course))
    assert response.status_code == 200
    page = response.content.decode()
    assert "3 respuestas" in page
    assert "Recomendaría el curso: 67 %" in page
    assert "4,0" in page or "4.0" in page  # the average satisfaction
    assert "Faltaron ejercicios con datos del municipio." in page
    for person in people:
        for identifying in (person.username, person.first_name, person.last_name, person.email):
            assert identifying not in page


def test_with_fewer_than_three_answers_the_page_says_so_and_shows_nothing(course, publisher_client):
    cohort = ended_cohort(course)
    answers(cohort, 2, comments="Un comentario que no debe verse.")
    page = publisher_client.get(detail_url(course)).content.decode()
    assert "los resultados se muestran desde tres respuestas" in page
    assert "Un comentario que no debe verse." not in page
    assert "Recomendaría el curso" not in page


def test_cohorts_are_not_broken_down_when_that_would_give_one_answer_away(course, publisher_client):
    """Course (4 answers) minus a shown cohort (3) would be the one answer of the other cohort."""
    answers(ended_cohort(course), 3, satisfaction=4)
    answers(ended_cohort(course, days_ago=60), 1, start=3, satisfaction=1,
            comments="Comentario de la única persona.")  # fmt: skip
    page = publisher_client.get(detail_url(course)).content.decode()
    assert "4 respuestas" in page  # the course as a whole
    assert "Los resultados por convocatoria no se muestran" in page
    assert page.count("Recomendaría el curso") == 1


def test_a_plain_member_is_refused(course, member_client):
    answers(ended_cohort(course), 3)
    for url in (report_url(), detail_url(course)):
        response = member_client.get(url)
        assert (response.status_code, response.url) == (302, f"{LOG_IN}?next={url}")


def test_a_publisher_of_another_plan_is_refused_the_course(course):
    answers(ended_cohort(course), 3)
    other_plan = create_plan(title="Plan de otra entidad")
    group = GroupFactory(name="Publicadores del otro plan", permissions=[ADMIN])
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    GroupPagePermission.objects.create(group=group, page=other_plan, permission=change)
    outsider = UserFactory(username="otra_entidad", roles=[], totp=True)
    outsider.groups.add(group)
    client = client_of(outsider)

    refused = client.get(detail_url(course))  # Wagtail turns a 403 into "no permission" at home
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    assert "Recomendaría" not in client.get(detail_url(course), follow=True).content.decode()
    listing = client.get(report_url())
    assert listing.status_code == 200
    assert course.title not in listing.content.decode()


def test_the_list_page_counts_answers_in_few_queries(
    plan, publisher_client, django_assert_max_num_queries
):
    from training.factories import CoursePageFactory

    for n in range(4):
        answers(ended_cohort(CoursePageFactory(parent=plan)), 1, start=10 * n)
    with django_assert_max_num_queries(25):
        page = publisher_client.get(report_url()).content.decode()
    assert page.count("informes/encuestas-de-cursos/") >= 4


def test_the_cohort_list_links_an_ended_cohort_to_its_results(course, cohort, publisher_client):
    ended = ended_cohort(course)
    listing = publisher_client.get(reverse("convocatorias:index")).content.decode()
    assert f"{detail_url(course)}#convocatoria-{ended.pk}" in listing
    assert f"#convocatoria-{cohort.pk}" not in listing  # still to come: no survey yet
