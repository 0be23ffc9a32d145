"""Section 3 of the dashboard: enrolment, completion (every published lesson done) and
satisfaction by course and by department, for cohorts that started in the period; satisfaction
only from three evaluations on, never who gave it."""

from datetime import timedelta

import pytest

from django.utils import timezone

from accounts.factories import UserFactory
from reference.models import Department
from training.factories import (
    CohortFactory,
    CourseEvaluationFactory,
    CourseLessonPageFactory,
    CoursePageFactory,
    create_plan,
)
from training.models import Cohort, Enrollment, LessonProgress

from .conftest import DASHBOARD, csv_of, csv_url, figure_of, soup_of, table_rows

pytestmark = pytest.mark.django_db

COURSE = "Formulación de proyectos de inversión"


def person_from(department_code, username):
    user = UserFactory(username=username, last_name="Zambrano")
    user.profile.department = Department.objects.get(code=department_code)
    user.profile.save()
    return user


@pytest.fixture
def course(db):
    course = CoursePageFactory(parent=create_plan(), title=COURSE)
    course.lessons = [CourseLessonPageFactory(parent=course) for _ in range(2)]
    return course


def cohort_of(course, started_days_ago=10, **kwargs):
    start = timezone.localdate() - timedelta(days=started_days_ago)
    return CohortFactory(
        course=course,
        start_date=start,
        enrolment_opens=start - timedelta(days=20),
        enrolment_closes=start - timedelta(days=1),
        **kwargs,
    )


def enrol(cohort, person, lessons_done=(), status=Enrollment.Status.ENROLLED):
    Enrollment.objects.create(cohort=cohort, user=person, status=status)
    for lesson in lessons_done:
        LessonProgress.objects.create(user=person, lesson=lesson)


def test_enrolment_completion_and_satisfaction_by_course_and_department(editor_client, course):
    cohort = cohort_of(course, status=Cohort.Status.FINISHED)
    nariño = [person_from("52", f"narino_{n}") for n in range(3)]
    antioquia = person_from("05", "antioquia_0")
    enrol(cohort, nariño[0], lessons_done=course.lessons)  # completed
    enrol(cohort, nariño[1], lessons_done=course.lessons[:1])  # half way
    enrol(cohort, nariño[2])
    enrol(cohort, antioquia, lessons_done=course.lessons)
    enrol(cohort, person_from("05", "se_retiro"), status=Enrollment.Status.CANCELLED)
    for person, score, recommend in zip(nariño, (5, 4, 3), (True, True, False), strict=True):
        CourseEvaluationFactory(
            cohort=cohort, respondent=person, satisfaction=score, would_recommend=recommend
        )
    CourseEvaluationFactory(cohort=cohort, respondent=antioquia, satisfaction=1)

    soup = soup_of(editor_client.get(DASHBOARD))
    by_course = figure_of(soup, "formacion-por-curso")
    assert table_rows(by_course) == [[COURSE, "4", "2", "3,2", "75", "4"]]
    assert len(by_course.select("svg g.bar-group rect")) == 2  # enrolled and completed
    by_department = figure_of(soup, "formacion-por-departamento")
    # Antioquia's one evaluation is not shown: one answer would be that person's.
    assert table_rows(by_department) == [
        ["Nariño", "3", "1", "4,0", "67", "3"], ["Antioquia", "1", "1", "—", "—", "1"]
    ]  # fmt: skip
    assert csv_of(editor_client.get(csv_url("formacion-por-departamento"))) == [
        ["Departamento", "Inscritos", "Completaron", "Satisfacción promedio (1 a 5)",
         "Recomendarían el curso (%)", "Evaluaciones"],
        ["Nariño", "3", "1", "4.0", "67", "3"],
        ["Antioquia", "1", "1", "", "", "1"],
    ]  # fmt: skip
    page = editor_client.get(DASHBOARD).content.decode()
    assert "narino_0" not in page and "Zambrano" not in page


def test_cohorts_started_before_the_period_or_cancelled_are_left_out(editor_client, course):
    enrol(cohort_of(course, started_days_ago=200), person_from("52", "antes"))
    enrol(cohort_of(course, status=Cohort.Status.CANCELLED), person_from("52", "cancelada"))
    soup = soup_of(editor_client.get(DASHBOARD))
    assert table_rows(figure_of(soup, "formacion-por-curso")) == []
    assert "Ninguna convocatoria empezó en este periodo." in soup.get_text()


def test_the_department_filter_counts_only_its_people(editor_client, course):
    cohort = cohort_of(course)
    enrol(cohort, person_from("52", "de_narino"), lessons_done=course.lessons)
    enrol(cohort, person_from("05", "de_antioquia"))
    soup = soup_of(editor_client.get(DASHBOARD, {"departamento": "05"}))
    assert table_rows(figure_of(soup, "formacion-por-curso")) == [[COURSE, "1", "0", "—", "—", "0"]]
