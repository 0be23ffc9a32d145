"""In-person sessions and attendance (issue 29, item 5): publishers take attendance on a list
that works on a phone, members check in with the code shown in the room, and both count toward
completing the course; nobody else takes attendance or checks in."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse, reverse_lazy

from wagtail.models import GroupPagePermission

from accounts.factories import GroupFactory, UserFactory
from training.attendance import take_attendance
from training.enrolment import enrol
from training.factories import AttendanceFactory, CohortFactory, CohortSessionFactory, create_plan
from training.models import Attendance, CohortSession, Enrollment

pytestmark = pytest.mark.django_db
LOG_IN = reverse_lazy("account_login")
ADMIN = "wagtailadmin.access_admin"


@pytest.fixture
def in_person(course):
    course.completion_lessons_percent = 0
    course.completion_min_sessions = 1
    course.completion_requires_final_activity = True
    course.save()
    return CohortFactory(course=course, municipality="52356", seats=10)


@pytest.fixture
def session(in_person):
    return CohortSessionFactory(cohort=in_person)


@pytest.fixture
def seated(in_person, people):
    return [enrol(person, in_person) for person in people[:3]]


def attendance_url(session):
    return reverse("training_session_attendance", args=[session.pk])


def roster_url(cohort):
    return reverse("training_cohort_roster", args=[cohort.pk])


def check_in_url(plan, session):
    return plan.url + plan.reverse_subpage("check_in", args=[session.pk])


def my_courses_url(plan):
    return plan.url + plan.reverse_subpage("my_courses")


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


def outsider_publisher():
    """Someone who may edit another plan's pages, and not this course's."""
    group = GroupFactory(name="Publicadores del otro plan", permissions=[ADMIN])
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    other_plan = create_plan(title="Plan de otra entidad")
    GroupPagePermission.objects.create(group=group, page=other_plan, permission=change)
    outsider = UserFactory(username="otra_entidad", roles=[], totp=True)
    outsider.groups.add(group)
    return outsider


def present(session):
    return set(session.attendances.filter(present=True).values_list("user__username", flat=True))


def test_a_publisher_takes_attendance_with_big_checkboxes_in_one_post(
    session, seated, people, publisher, publisher_client
):
    page = publisher_client.get(attendance_url(session))
    assert page.status_code == 200
    soup = BeautifulSoup(page.content, "html.parser")
    form = soup.select_one("form[method=post]")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    boxes = form.select("ul.attendance-list input[type=checkbox][name=present]")
    assert len(boxes) == 3  # the seated members, one box each
    assert session.check_in_code in page.content.decode()

    chosen = [str(people[0].pk), str(people[2].pk)]
    response = publisher_client.post(attendance_url(session), {"present": chosen}, follow=True)
    assert "Asistencia guardada: 2 personas presentes." in response.content.decode()
    assert present(session) == {"participante1", "participante3"}
    absent = Attendance.objects.get(session=session, user=people[1])
    assert not absent.present
    assert absent.recorded_by == publisher
    assert absent.method == Attendance.Method.PUBLISHER


def test_a_member_who_was_not_seated_cannot_be_marked_present(session, seated, publisher_client):
    stranger = UserFactory(username="sin_cupo")
    publisher_client.post(attendance_url(session), {"present": [str(stranger.pk), "x"]})
    assert not Attendance.objects.filter(user=stranger).exists()


def test_a_member_cannot_take_attendance_nor_mark_the_final_activity(
    session, in_person, seated, people, member, member_client
):
    enrol(member, in_person)
    for url, data in (
        (attendance_url(session), {"present": [str(member.pk)]}),
        (roster_url(in_person), {"final_activity": [str(member.pk)]}),
    ):
        response = member_client.post(url, data)
        assert (response.status_code, response.url) == (302, f"{LOG_IN}?next={url}")
        assert member_client.get(url).status_code == 302
    assert not Attendance.objects.exists()
    assert not Enrollment.objects.filter(final_activity_done_at__isnull=False).exists()


def test_a_publisher_without_rights_on_the_course_is_refused(session, in_person, seated, people):
    client = client_of(outsider_publisher())
    home = reverse("wagtailadmin_home")  # Wagtail turns a 403 into "no permission" at home
    for url, data in (
        (attendance_url(session), {"present": [str(people[0].pk)]}),
        (roster_url(in_person), {"final_activity": [str(people[0].pk)]}),
        (reverse("training_session_code", args=[session.pk]), None),
    ):
        assert (client.get(url).status_code, client.get(url).url) == (302, home)
        if data:
            assert client.post(url, data).url == home
    assert not Attendance.objects.exists()
    assert not Enrollment.objects.filter(final_activity_done_at__isnull=False).exists()
    page = client.get(reverse("training_session_code", args=[session.pk]), follow=True)
    assert session.check_in_code not in page.content.decode()


def test_the_publisher_marks_the_final_activity_and_sees_what_each_member_lacks(
    session, in_person, seated, people, publisher, publisher_client
):
    page = publisher_client.get(roster_url(in_person)).content.decode()
    assert "Le faltan 1 sesión presencial y la actividad final" in page
    publisher_client.post(attendance_url(session), {"present": [str(people[0].pk)]})
    passed = {"final_activity": [str(people[0].pk), str(people[1].pk)]}
    response = publisher_client.post(roster_url(in_person), passed, follow=True)
    html = response.content.decode()
    assert "Quedó guardada la actividad final." in html
    assert "Cumplió todos los requisitos" in html  # participante1
    assert "Le falta 1 sesión presencial" in html  # participante2
    first = Enrollment.objects.get(user=people[0], cohort=in_person)
    assert first.final_activity_done_at and first.completed_at


def test_the_cohort_admin_adds_sessions_and_links_to_its_attendance(
    course, in_person, publisher_client
):
    edit = reverse("convocatorias:edit", args=[in_person.pk])
    form = BeautifulSoup(publisher_client.get(edit).content, "html.parser")
    assert form.select_one("[name=sessions-TOTAL_FORMS]")
    start = in_person.start_date
    data = {
        "course": course.pk, "start_date": start.isoformat(),
        "end_date": in_person.end_date.isoformat(),
        "enrolment_opens": in_person.enrolment_opens.isoformat(),
        "enrolment_closes": in_person.enrolment_closes.isoformat(),
        "municipality": in_person.municipality_id, "seats": "10", "status": "abierta",
        "sessions-TOTAL_FORMS": "1", "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "0", "sessions-MAX_NUM_FORMS": "1000",
        "sessions-0-starts_at": f"{start.isoformat()} 08:00",
        "sessions-0-ends_at": f"{start.isoformat()} 12:00",
        "sessions-0-place": "Casa de la Cultura", "sessions-0-online_url": "",
        "sessions-0-ORDER": "1",
    }  # fmt: skip
    response = publisher_client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    session = CohortSession.objects.get(cohort=in_person)
    assert session.place == "Casa de la Cultura"
    assert len(session.check_in_code) == 6 and session.check_in_code.isdigit()
    listing = publisher_client.get(reverse("convocatorias:index")).content.decode()
    assert roster_url(in_person) in listing


def test_a_member_checks_in_with_the_code_and_sees_it_counted(
    plan, session, in_person, member, member_client
):
    enrol(member, in_person)
    mine = member_client.get(my_courses_url(plan)).content.decode()
    assert check_in_url(plan, session) in mine
    assert "Le faltan 1 sesión presencial y la actividad final" in mine
    form = member_client.get(check_in_url(plan, session))
    assert 'name="csrfmiddlewaretoken"' in form.content.decode()
    response = member_client.post(
        check_in_url(plan, session), {"code": session.check_in_code}, follow=True
    )
    html = response.content.decode()
    assert "Quedó registrada su asistencia." in html
    assert "asistió" in html
    assert "Le falta la actividad final" in html
    attendance = Attendance.objects.get(session=session, user=member)
    assert attendance.method == Attendance.Method.CODE and attendance.present


def test_a_wrong_code_says_so_in_spanish_and_keeps_what_was_typed(
    plan, session, in_person, member, member_client
):
    enrol(member, in_person)
    wrong = "111111" if session.check_in_code != "111111" else "222222"
    response = member_client.post(check_in_url(plan, session), {"code": wrong})
    assert response.status_code == 400
    html = response.content.decode()
    assert "El código no coincide con el de esta sesión." in html
    assert f'value="{wrong}"' in html
    assert not Attendance.objects.exists()


def test_a_member_cannot_check_in_to_a_cohort_they_are_not_enrolled_in(
    plan, session, member, member_client
):
    response = member_client.post(check_in_url(plan, session), {"code": session.check_in_code})
    assert response.status_code == 403
    assert "Solo registran asistencia quienes tienen un cupo" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_member_on_the_waiting_list_cannot_check_in(plan, course, member, member_client):
    full = CohortFactory(course=course, municipality="52356", seats=1)
    enrol(UserFactory(), full)
    enrol(member, full)
    session = CohortSessionFactory(cohort=full)
    response = member_client.post(check_in_url(plan, session), {"code": session.check_in_code})
    assert response.status_code == 403
    assert not Attendance.objects.exists()


def test_check_in_is_only_on_the_sessions_day(plan, in_person, member, member_client):
    enrol(member, in_person)
    tomorrow = CohortSessionFactory(
        cohort=in_person, starts_at=CohortSessionFactory.starts_at.function() + timedelta(days=1)
    )
    response = member_client.post(check_in_url(plan, tomorrow), {"code": tomorrow.check_in_code})
    assert response.status_code == 403
    assert "solo el día de la sesión" in response.content.decode()
    assert not Attendance.objects.exists()


def test_check_in_attempts_are_rate_limited(plan, session, in_person, member, member_client):
    enrol(member, in_person)
    for _ in range(10):
        member_client.post(check_in_url(plan, session), {"code": "000000x"})
    response = member_client.post(check_in_url(plan, session), {"code": session.check_in_code})
    assert response.status_code == 429
    assert "Escribió muchos códigos seguidos." in response.content.decode()
    assert not Attendance.objects.exists()


def test_visitors_are_sent_to_log_in_before_checking_in(plan, session, client):
    response = client.post(check_in_url(plan, session), {"code": session.check_in_code})
    assert response.status_code == 302 and str(LOG_IN) in response.url


def test_the_course_page_shows_the_members_attendance_per_session(
    course, session, in_person, member, member_client
):
    enrol(member, in_person)
    later = CohortSessionFactory(
        cohort=in_person, starts_at=CohortSessionFactory.starts_at.function() + timedelta(days=7)
    )
    AttendanceFactory(session=session, user=member)
    html = member_client.get(course.url).content.decode()
    sessions = BeautifulSoup(html, "html.parser").select("ul.sessions li")
    assert len(sessions) == 2
    assert "asistió" in sessions[0].text
    assert "próxima" in sessions[1].text and later.place in sessions[1].text
    assert "Le falta la actividad final" in html


def test_attendance_is_in_my_data_and_its_export(session, in_person, member, member_client):
    from accounts.data_rights import collect

    enrol(member, in_person)
    AttendanceFactory(session=session, user=member)
    sections = {section.key: section for section in collect(member)}
    rows = sections["asistencia"].data
    assert rows[0]["curso"] == in_person.course.title and rows[0]["asistio"] is True


def test_another_members_attendance_is_not_in_my_data(session, in_person, member, people):
    from accounts.data_rights import collect

    enrol(people[0], in_person)
    AttendanceFactory(session=session, user=people[0])
    sections = {section.key: section for section in collect(member)}
    assert sections["asistencia"].data == []


def test_a_member_marked_absent_may_still_check_in_on_the_day(
    plan, session, in_person, member, member_client, publisher
):
    enrol(member, in_person)
    take_attendance(session, set(), publisher)  # the list was taken before they arrived
    assert check_in_url(plan, session) in member_client.get(my_courses_url(plan)).content.decode()
    member_client.post(check_in_url(plan, session), {"code": session.check_in_code})
    assert Attendance.objects.get(session=session, user=member).present
