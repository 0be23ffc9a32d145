"""Enrolling, the waiting list and cancelling, as the functions and as people using the forms."""

from datetime import timedelta

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory
from training.enrolment import EnrolmentRefused, cancel, enrol
from training.factories import CohortFactory
from training.models import Cohort, Enrollment

pytestmark = pytest.mark.django_db
Status = Enrollment.Status


def statuses(cohort):
    return list(cohort.enrollments.order_by("pk").values_list("user__username", "status"))


def test_people_get_seats_until_the_cohort_is_full_then_join_the_waiting_list(cohort, people):
    results = [enrol(person, cohort).status for person in people[:3]]
    assert results == [Status.ENROLLED, Status.ENROLLED, Status.WAITLISTED]


def test_cancelling_a_seat_promotes_the_first_person_waiting(cohort, people):
    first, second, third, fourth = people
    for person in people:
        enrol(person, cohort)
    _, promoted = cancel(first, cohort)
    assert [e.user for e in promoted] == [third]
    assert statuses(cohort) == [
        ("participante1", Status.CANCELLED),
        ("participante2", Status.ENROLLED),
        ("participante3", Status.ENROLLED),
        ("participante4", Status.WAITLISTED),
    ]


def test_leaving_the_waiting_list_promotes_nobody(cohort, people):
    for person in people[:3]:
        enrol(person, cohort)
    _, promoted = cancel(people[2], cohort)
    assert promoted == []
    assert cohort.enrollments.filter(status=Status.ENROLLED).count() == 2


def test_a_person_cannot_enrol_twice_but_may_come_back_after_cancelling(cohort, member):
    enrol(member, cohort)
    with pytest.raises(EnrolmentRefused, match="Ya tiene una inscripción"):
        enrol(member, cohort)
    cancel(member, cohort)
    assert enrol(member, cohort).status == Status.ENROLLED


def test_the_database_refuses_a_second_active_enrolment(cohort, member):
    from django.db import IntegrityError, transaction

    Enrollment.objects.create(user=member, cohort=cohort, status=Status.ENROLLED)
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrollment.objects.create(user=member, cohort=cohort, status=Status.WAITLISTED)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": Cohort.Status.CLOSED}, "están cerradas"),
        ({"status": Cohort.Status.CANCELLED}, "fue cancelada"),
        ({"status": Cohort.Status.FINISHED}, "ya finalizó"),
        ({"enrolment_opens": timezone.localdate() + timedelta(days=3)}, "abren el"),
        ({"enrolment_closes": timezone.localdate() - timedelta(days=1)}, "cerraron el"),
    ],
    ids=["closed", "cancelled", "finished", "not-yet-open", "window-over"],
)
def test_enrolment_is_refused_outside_an_open_window(course, member, changes, message):
    cohort = CohortFactory(course=course, **changes)
    with pytest.raises(EnrolmentRefused, match=message):
        enrol(member, cohort)
    assert not cohort.enrollments.exists()


def test_cancelling_without_an_enrolment_is_refused(cohort, member):
    with pytest.raises(EnrolmentRefused, match="No tiene una inscripción activa"):
        cancel(member, cohort)


def test_confirmation_waiting_and_promotion_emails(
    cohort, people, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for person in people[:3]:
            enrol(person, cohort)
    assert [m.subject.split(":")[0] for m in mailoutbox] == [
        "Inscripción confirmada",
        "Inscripción confirmada",
        "Está en la lista de espera",
    ]
    assert mailoutbox[0].to == [people[0].email]
    assert "Presupuesto público territorial" in mailoutbox[0].body
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancel(people[0], cohort)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [people[2].email]
    assert mailoutbox[0].subject.startswith("Obtuvo un cupo")
    assert "pasó de la lista de espera a estar inscrito" in mailoutbox[0].body


# Through the forms on the course page


def enrol_url(plan, cohort):
    return plan.url + plan.reverse_subpage("enrol", args=[cohort.pk])


def cancel_url(plan, cohort):
    return plan.url + plan.reverse_subpage("cancel", args=[cohort.pk])


def test_a_member_enrols_with_the_course_page_form_and_sees_a_confirmation(
    plan, course, cohort, member_client, member
):
    page = member_client.get(course.url)
    assert enrol_url(plan, cohort) in page.content.decode()
    response = member_client.post(enrol_url(plan, cohort), follow=True)
    assert response.redirect_chain[-1][0] == course.url
    html = response.content.decode()
    assert "Quedó inscrito" in html
    assert "Está inscrito en esta convocatoria" in html
    assert "Cancelar inscripción" in html
    assert cohort.enrollments.get().user == member


def test_a_refusal_is_explained_in_spanish(plan, course, member_client):
    closed = CohortFactory(course=course, status=Cohort.Status.CANCELLED)
    response = member_client.post(enrol_url(plan, closed), follow=True)
    assert "Esta convocatoria fue cancelada." in response.content.decode()


def test_a_member_cancels_from_the_course_page(plan, course, cohort, member, member_client):
    enrol(member, cohort)
    response = member_client.post(cancel_url(plan, cohort), follow=True)
    assert "Su inscripción quedó cancelada." in response.content.decode()
    assert cohort.enrollments.get().status == Status.CANCELLED


def test_anonymous_visitors_are_sent_to_log_in_and_back_to_the_course(plan, course, cohort, client):
    response = client.post(enrol_url(plan, cohort))
    assert response.status_code == 302
    assert response["Location"].startswith("/cuenta/ingresar/")
    assert f"next={course.url}" in response["Location"].replace("%2F", "/")
    assert not cohort.enrollments.exists()


def test_enrolling_needs_a_post_with_a_csrf_token(plan, cohort, member, client):
    from django.test import Client

    client.force_login(member)
    assert client.get(enrol_url(plan, cohort)).status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert strict.post(enrol_url(plan, cohort)).status_code == 403
    assert not cohort.enrollments.exists()


def test_after_cancelling_the_next_url_must_stay_on_the_site(plan, cohort, member, member_client):
    enrol(member, cohort)
    response = member_client.post(cancel_url(plan, cohort), {"next": "https://evil.example/"})
    assert response["Location"] == cohort.course.url


def test_cancelling_asks_first_and_says_the_seat_goes_to_the_first_waiting(
    plan, cohort, member, member_client
):
    enrol(member, cohort)
    for _ in range(2):
        enrol(UserFactory(), cohort)  # two seats: the second newcomer waits
    response = member_client.get(cancel_url(plan, cohort))
    page = response.content.decode()
    assert response.status_code == 200
    assert "primera persona de la lista de espera" in page
    assert "csrfmiddlewaretoken" in page
    assert "No, volver sin cancelar" in page
    assert Enrollment.objects.get(user=member, cohort=cohort).status == Enrollment.Status.ENROLLED


def test_the_confirmation_without_anyone_waiting_only_frees_the_seat(
    plan, cohort, member, member_client
):
    enrol(member, cohort)
    page = member_client.get(cancel_url(plan, cohort)).content.decode()
    assert "quedará libre" in page
    assert "lista de espera" not in page


def test_the_confirmation_sends_away_who_has_no_seat_and_anonymous_visitors(
    plan, cohort, member_client
):
    response = member_client.get(cancel_url(plan, cohort), follow=True)
    assert "No tiene una inscripción activa" in response.content.decode()
    response = Client().get(cancel_url(plan, cohort))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize(
    ("days", "shown"),
    [
        # (enrolment opens, enrolment closes, start, end) in days from today
        ((3, 10, 20, 40), "Próxima"),
        ((-3, 10, 20, 40), "Inscripciones abiertas"),
        ((-20, -10, 5, 40), "Inscripciones cerradas"),
        ((-40, -30, -10, 40), "En curso"),
        ((-90, -80, -60, -5), "Finalizada"),
    ],
    ids=["not-yet-open", "open", "window-over", "running", "over"],
)
def test_an_open_cohort_is_described_by_where_today_falls(client, course, days, shown):
    today = timezone.localdate()
    opens, closes, start, end = (today + timedelta(days=n) for n in days)
    CohortFactory(
        course=course, enrolment_opens=opens, enrolment_closes=closes, start_date=start,
        end_date=end,
    )  # fmt: skip
    meta = " ".join(client.get(course.url).content.decode().split())
    assert f'<p class="meta"> {shown} ·' in meta
    assert "Abierta" not in meta


def test_people_waiting_see_their_place_in_line_and_it_moves_up(plan, course, cohort, people):
    for person in people:  # two seats: the third and fourth wait, in that order
        enrol(person, cohort)
    fourth = Client()
    fourth.force_login(people[3])
    assert "es el número 2 para el próximo cupo" in fourth.get(course.url).content.decode()
    my_courses = plan.url + plan.reverse_subpage("my_courses")
    assert "es el número 2 para el próximo cupo" in fourth.get(my_courses).content.decode()
    cancel(people[2], cohort)  # the one ahead leaves the line
    assert "es el número 1 para el próximo cupo" in fourth.get(course.url).content.decode()
