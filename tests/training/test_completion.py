"""Completion rules per course (issue 29, item 1): what a member must do to pass a course, what
they see is left, and the one `enrollment_completed` signal when they are done."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.factories import UserFactory
from training.attendance import mark_final_activity, take_attendance
from training.completion import completion_by_enrollment, completion_of
from training.enrolment import enrol
from training.factories import (
    CohortFactory,
    CohortSessionFactory,
    CourseEvaluationFactory,
    CourseLessonPageFactory,
    CourseModulePageFactory,
)
from training.models import Enrollment
from training.progress import mark_done
from training.signals import enrollment_completed
from training.surveys import record_answer

pytestmark = pytest.mark.django_db

ANSWERS = {"satisfaction": 5, "usefulness": 5, "content_quality": 4, "organisation": 4}


@pytest.fixture
def lessons(course):
    module = CourseModulePageFactory(parent=course, title="Módulo 1")
    return [CourseLessonPageFactory(parent=module, title=f"Lección {n}") for n in range(1, 5)]


@pytest.fixture
def completed():
    """The enrolments `enrollment_completed` was sent for, in order."""
    sent = []

    def receiver(sender, enrollment, **kwargs):
        sent.append(enrollment.pk)

    enrollment_completed.connect(receiver, dispatch_uid="test-completion")
    yield sent
    enrollment_completed.disconnect(dispatch_uid="test-completion")


def set_rules(course, **rules):
    for name, value in rules.items():
        setattr(course, f"completion_{name}", value)
    course.save()


def test_a_course_without_rules_asks_for_every_lesson(course, cohort, lessons, member):
    enrollment = enrol(member, cohort)
    mark_done(member, lessons[0])
    mark_done(member, lessons[1])
    completion = completion_of(enrollment)
    assert not completion.is_complete
    assert completion.missing == ["2 lecciones"]
    assert completion.summary == "Le faltan 2 lecciones"


def test_the_summary_lists_everything_left(course, cohort, lessons, member):
    set_rules(course, requires_survey=True, requires_final_activity=True)
    enrollment = enrol(member, cohort)
    mark_done(member, lessons[0])
    mark_done(member, lessons[1])
    completion = completion_of(enrollment)
    assert completion.missing == ["2 lecciones", "la encuesta", "la actividad final"]
    assert completion.summary == "Le faltan 2 lecciones, la encuesta y la actividad final"


def test_one_thing_left_reads_in_the_singular(course, cohort, lessons, member):
    set_rules(course, requires_survey=True)
    enrollment = enrol(member, cohort)
    for lesson in lessons:
        mark_done(member, lesson)
    assert completion_of(enrollment).summary == "Le falta la encuesta"


def test_a_share_of_lessons_rounds_up(course, cohort, lessons, member):
    set_rules(course, lessons_percent=60)  # 60 % of 4 lessons: 3
    enrollment = enrol(member, cohort)
    mark_done(member, lessons[0])
    mark_done(member, lessons[1])
    assert completion_of(enrollment).summary == "Le falta 1 lección"
    mark_done(member, lessons[2])
    assert completion_of(Enrollment.objects.get(pk=enrollment.pk)).is_complete


def test_in_person_cohorts_ask_for_attendance(course, lessons, member, publisher):
    set_rules(course, lessons_percent=0, min_sessions=2)
    cohort = CohortFactory(course=course, municipality="52356")
    sessions = [CohortSessionFactory(cohort=cohort) for _ in range(3)]
    enrollment = enrol(member, cohort)
    assert completion_of(enrollment).summary == "Le faltan 2 sesiones presenciales"
    take_attendance(sessions[0], {member.pk}, publisher)
    assert completion_of(enrollment).summary == "Le falta 1 sesión presencial"
    take_attendance(sessions[1], {member.pk}, publisher)
    assert completion_of(Enrollment.objects.get(pk=enrollment.pk)).is_complete


def test_an_online_only_cohort_asks_for_no_in_person_session(course, cohort, lessons, member):
    set_rules(course, min_sessions=2)
    enrollment = enrol(member, cohort)  # the fixture's cohort is online only
    for lesson in lessons:
        mark_done(member, lesson)
    completion = completion_of(Enrollment.objects.get(pk=enrollment.pk))
    assert completion.is_complete
    assert completion.summary == "Cumplió todos los requisitos"


def test_a_course_that_asks_for_nothing_is_never_complete_by_itself(course, cohort, member):
    enrollment = enrol(member, cohort)  # no lessons, no other rule
    completion = completion_of(enrollment)
    assert not completion.is_complete
    assert completion.summary == "Este curso todavía no tiene requisitos de aprobación."


def test_a_member_on_the_waiting_list_has_not_completed(course, lessons, member):
    full = CohortFactory(course=course, seats=1)
    enrol(UserFactory(), full)
    waiting = enrol(member, full)
    for lesson in lessons:
        mark_done(member, lesson)
    completion = completion_of(waiting)
    assert not completion.is_complete
    assert completion.summary == "Cuenta solo con un cupo en la convocatoria."


def test_completion_is_announced_once_with_its_date(course, cohort, lessons, member, completed):
    set_rules(course, requires_survey=True)
    enrollment = enrol(member, cohort)
    for lesson in lessons:
        mark_done(member, lesson)
    assert completed == []
    record_answer(member, cohort, ANSWERS)
    assert completed == [enrollment.pk]
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    record_answer(member, cohort, ANSWERS | {"satisfaction": 3})  # a changed answer
    mark_done(member, lessons[0])
    assert completed == [enrollment.pk]
    assert completion_of(enrollment).completed_at == enrollment.completed_at


def test_the_final_activity_marked_by_a_publisher_completes(course, cohort, member, completed):
    set_rules(course, lessons_percent=0, requires_final_activity=True)
    enrollment = enrol(member, cohort)
    assert completion_of(enrollment).summary == "Le falta la actividad final"
    mark_final_activity(cohort, {member.pk})
    assert completed == [enrollment.pk]


def test_a_recorded_completion_stands_when_attendance_is_corrected(
    course, member, publisher, completed
):
    set_rules(course, lessons_percent=0, min_sessions=1)
    cohort = CohortFactory(course=course, municipality="52356")
    session = CohortSessionFactory(cohort=cohort)
    enrollment = enrol(member, cohort)
    take_attendance(session, {member.pk}, publisher)
    take_attendance(session, set(), publisher)
    assert completion_of(Enrollment.objects.get(pk=enrollment.pk)).is_complete
    assert completed == [enrollment.pk]


def test_an_evaluation_of_another_cohort_is_not_this_cohorts_survey(course, cohort, member):
    set_rules(course, lessons_percent=0, requires_survey=True)
    other = CohortFactory(course=course)
    enrollment = enrol(member, cohort)
    CourseEvaluationFactory(cohort=other, respondent=member)
    assert completion_of(enrollment).missing == ["la encuesta"]


def test_completion_of_many_enrolments_takes_a_fixed_number_of_queries(course, lessons):
    def enrolments(count):
        cohort = CohortFactory(course=course, seats=50)
        return [enrol(UserFactory(), cohort) for _ in range(count)]

    few, many = enrolments(2), enrolments(12)
    with CaptureQueriesContext(connection) as for_few:
        completion_by_enrollment(few)
    with CaptureQueriesContext(connection) as for_many:
        result = completion_by_enrollment(many)
    assert len(for_many) == len(for_few)
    assert len(result) == 12


def test_the_course_states_its_hours(course):
    assert course.hours == course.duration_hours == 20


def test_everything_left_reads_in_one_sentence(course, lessons, member):
    set_rules(course, min_sessions=1, requires_survey=True, requires_final_activity=True)
    enrollment = enrol(member, CohortFactory(course=course, municipality="52356"))
    mark_done(member, lessons[0])
    mark_done(member, lessons[1])
    assert completion_of(enrollment).summary == (
        "Le faltan 2 lecciones, 1 sesión presencial, la encuesta y la actividad final"
    )


def test_the_publisher_sets_the_rules_in_the_courses_certificacion_panel(course, publisher_client):
    from django.urls import reverse

    html = publisher_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content
    html = html.decode()
    assert "Certificación" in html
    for field in ("lessons_percent", "requires_survey", "min_sessions", "requires_final_activity"):
        assert f'name="completion_{field}"' in html
