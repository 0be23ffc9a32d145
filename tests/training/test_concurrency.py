"""Two people clicking the last seat at the same moment: one gets it, one waits (PostgreSQL)."""

import threading

import pytest

from django.db import connection

from siteconf.accounts.factories import UserFactory
from training.enrolment import enrol
from training.factories import CohortFactory, CoursePageFactory, create_plan
from training.models import Enrollment


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_people_racing_for_the_last_seat_end_one_enrolled_one_waitlisted():
    course = CoursePageFactory(parent=create_plan())
    cohort = CohortFactory(course=course, seats=2)
    enrol(UserFactory(username="ya_inscrita"), cohort)  # one seat left
    racers = [UserFactory(username=f"corredor{n}") for n in (1, 2)]
    barrier = threading.Barrier(len(racers))
    results, errors = [], []

    def race(person):
        try:
            barrier.wait(timeout=10)
            results.append(enrol(person, cohort).status)
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=race, args=(person,)) for person in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert sorted(results) == sorted([Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED])
    assert cohort.enrollments.filter(status=Enrollment.Status.ENROLLED).count() == 2
