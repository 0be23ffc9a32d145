"""Two people clicking the last seat at the same moment: one gets it, one waits (PostgreSQL).

Each thread opens its database connection first, then all wait at a barrier and enrol at once;
several rounds make an unguarded race show up reliably (without the row lock this test fails).
"""

import threading

import pytest

from django.db import connection

from accounts.factories import UserFactory
from training.enrolment import enrol
from training.factories import CohortFactory, CoursePageFactory, create_plan
from training.models import Enrollment, TrainingPlanPage

ROUNDS = 5


def race(people, cohort):
    """Enrol `people` into `cohort` from one thread each, released together; their statuses."""
    barrier = threading.Barrier(len(people))
    results, errors = [], []

    def attempt(person):
        try:
            TrainingPlanPage.objects.exists()  # open this thread's connection before the start
            barrier.wait(timeout=10)
            results.append(enrol(person, cohort).status)
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    return sorted(results)


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_racing_for_the_last_seat_end_one_enrolled_one_waitlisted():
    course = CoursePageFactory(parent=create_plan())
    expected = sorted([Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED])
    for round_number in range(ROUNDS):
        cohort = CohortFactory(course=course, seats=2)
        enrol(UserFactory(username=f"ya_inscrita{round_number}"), cohort)  # one seat left
        racers = [UserFactory(username=f"corredor{round_number}_{n}") for n in (1, 2)]
        assert race(racers, cohort) == expected
        assert cohort.enrollments.filter(status=Enrollment.Status.ENROLLED).count() == 2
