"""The demo shows completion and attendance (issue 29): a course with rules, an in-person cohort
with sessions and attendance, and the demo member part of the way there."""

import pytest

from django.contrib.auth import get_user_model

from training.models import Attendance, CohortSession, CoursePage

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("seeded_demo")
def test_the_demo_member_sees_what_is_left_and_their_attendance(client):
    course = CoursePage.objects.get(code="DNP-SGR-04")
    assert course.completion_min_sessions == 2 and course.completion_requires_final_activity
    assert CohortSession.objects.filter(cohort__course=course).exists()
    assert Attendance.objects.filter(present=True).exists()
    assert Attendance.objects.filter(present=False).exists()

    client.force_login(get_user_model().objects.get(username="miembro"))
    page = client.get("/formacion/mis-cursos/").content.decode()
    assert "Le faltan" in page
    assert "asistió" in page
    assert "Le faltan" in client.get(course.url).content.decode()
