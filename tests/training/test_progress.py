"""Course content and progress: enrolled people mark lessons done and see it in "Mis cursos"."""

import pytest
from bs4 import BeautifulSoup

from training.enrolment import cancel, enrol
from training.factories import CohortFactory, CourseLessonPageFactory, CourseModulePageFactory
from training.models import Enrollment

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons(course):
    first = CourseModulePageFactory(parent=course, title="Módulo 1: el presupuesto")
    second = CourseModulePageFactory(parent=course, title="Módulo 2: la ejecución")
    return [
        CourseLessonPageFactory(parent=first, title="El POAI"),
        CourseLessonPageFactory(parent=first, title="Aprobación"),
        CourseLessonPageFactory(parent=second, title="Modificaciones"),
        CourseLessonPageFactory(parent=second, title="Cierre"),
    ]


def done_url(plan, lesson):
    return plan.url + plan.reverse_subpage("lesson_done", args=[lesson.pk])


def my_courses_url(plan):
    return plan.url + plan.reverse_subpage("my_courses")


def test_the_course_page_shows_its_syllabus(course, lessons, client):
    html = client.get(course.url).content.decode()
    for title in ("Módulo 1: el presupuesto", "Módulo 2: la ejecución", "El POAI", "Cierre"):
        assert title in html


def test_an_enrolled_member_marks_lessons_done_and_sees_progress(
    plan, course, cohort, lessons, member, member_client
):
    enrol(member, cohort)
    lesson_page = member_client.get(lessons[0].url).content.decode()
    assert "Marcar como completada" in lesson_page
    response = member_client.post(done_url(plan, lessons[0]), follow=True)
    assert "Lección marcada como completada." in response.content.decode()
    assert "Completó esta lección." in response.content.decode()
    member_client.post(done_url(plan, lessons[1]))
    html = member_client.get(course.url).content.decode()
    assert "Su avance: 2 de 4 lecciones (50 %)" in html
    mine = member_client.get(my_courses_url(plan)).content.decode()
    assert "Presupuesto público territorial" in mine
    assert "Avance: 2 de 4 lecciones (50 %)" in mine


def test_someone_not_enrolled_cannot_record_progress(plan, lessons, member, member_client):
    response = member_client.post(done_url(plan, lessons[0]), follow=True)
    assert "Inscríbase en una convocatoria del curso" in response.content.decode()
    assert not member.lesson_progress.exists()


def test_my_courses_lists_seats_and_waiting_places_but_not_cancelled_ones(
    plan, course, member, member_client, people
):
    from training.factories import CoursePageFactory

    enrol(member, CohortFactory(course=CoursePageFactory(parent=plan, title="MIPG"), seats=5))
    full = CohortFactory(course=course, seats=1)
    enrol(people[0], full)
    enrol(member, full)
    dropped = CohortFactory(course=CoursePageFactory(parent=plan, title="Catastro"), seats=5)
    enrol(member, dropped)
    cancel(member, dropped)
    assert member.enrollments.get(cohort=dropped).status == Enrollment.Status.CANCELLED

    soup = BeautifulSoup(member_client.get(my_courses_url(plan)).content, "html.parser")
    listed = {
        item.select_one(".result-title").get_text(strip=True): (
            item.select_one(".status").get_text(strip=True),
            item.find("a", string="Cancelar inscripción") is not None,
        )
        for item in soup.select("ul.results li.result")
    }
    assert listed == {
        "MIPG": ("Inscrito", True),
        "Presupuesto público territorial": (
            "En lista de espera: es el número 1 para el próximo cupo que se libere",
            True,
        ),
    }


def test_my_courses_needs_an_account(plan, client):
    response = client.get(my_courses_url(plan))
    assert response.status_code == 302
    assert response["Location"].startswith("/cuenta/ingresar/")


def test_my_courses_empty_state_points_to_open_courses(plan, member_client):
    html = member_client.get(my_courses_url(plan)).content.decode()
    assert "Todavía no está inscrito en ningún curso." in html
    assert "?inscripciones=abiertas" in html


def test_my_courses_query_count_does_not_grow(
    plan, course, member, member_client, django_assert_max_num_queries
):
    from training.factories import CoursePageFactory

    for _ in range(6):
        enrol(member, CohortFactory(course=CoursePageFactory(parent=plan), municipality="52001"))
    # 20 before completion rules and sessions (issue 29) added their four queries.
    with django_assert_max_num_queries(24):
        response = member_client.get(my_courses_url(plan))
    assert len(response.context["enrollments"]) == 6


def test_the_course_page_links_prerequisites_and_library_guides(plan, course, client):
    from knowledge.factories import GuidePageFactory, create_library
    from training.factories import CoursePageFactory

    basics = CoursePageFactory(parent=plan, title="Gestión pública básica")
    guide = GuidePageFactory(parent=create_library(), title="Guía del POAI")
    course.prerequisites.set([basics])
    course.related_library_pages.set([guide])
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    assert f'<a href="{basics.url}">Gestión pública básica</a>' in html
    assert f'<a href="{guide.url}">Guía del POAI</a>' in html
