"""Notices to a cohort's people: who must get them and who must not."""

from accounts.factories import UserFactory
from notifications.models import Notification
from training.enrolment import cancel, enrol
from training.factories import CohortFactory
from training.models import Cohort
from training.notices import COURSE


def test_cancelling_a_cohort_tells_everyone_enrolled_or_waiting_and_nobody_else(course, cohort):
    seated, also_seated, waiting, gone = (UserFactory() for _ in range(4))
    for person in (seated, also_seated, waiting):
        enrol(person, cohort)
    enrol(gone, CohortFactory(course=course))
    other = CohortFactory(course=course)
    enrol(gone, other)
    cancel(gone, other)

    cohort.status = Cohort.Status.CANCELLED
    cohort.save()

    told = Notification.objects.filter(kind=COURSE)
    assert set(told.values_list("recipient", flat=True)) == {seated.pk, also_seated.pk, waiting.pk}
    assert "fue cancelada" in told.first().text
    assert told.first().url == course.url


def test_editing_an_already_cancelled_cohort_does_not_repeat_the_notice(cohort):
    enrol(UserFactory(), cohort)
    cohort.status = Cohort.Status.CANCELLED
    cohort.save()
    cohort.seats = 5
    cohort.save()
    assert Notification.objects.filter(kind=COURSE).count() == 1
