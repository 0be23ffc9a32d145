""" "Avísenme": asking to be told when a course opens a cohort, and telling everyone once.

The moment a course "opens" is the first day one of its cohorts takes enrolments: when a publisher
saves a cohort that is already open (signal), or when a cohort's enrolment date arrives (the daily
`send_course_openings`). Either way the members on the list get one notice and the list is cleared.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.templatetags.dates import fecha
from notifications.notify import send

from .models import Cohort, CourseInterest
from .notices import COURSE


class InterestRefused(Exception):
    """A Spanish sentence saying why the member cannot be put on the list."""


def open_cohorts(course, today=None):
    today = today or timezone.localdate()
    return course.cohorts.filter(
        status=Cohort.Status.OPEN, enrolment_opens__lte=today, enrolment_closes__gte=today
    ).order_by("enrolment_closes", "pk")


def is_waiting(user, course):
    return (
        user.is_authenticated and CourseInterest.objects.filter(user=user, course=course).exists()
    )


def add_interest(user, course):
    """Put `user` on the course's list; refused while a cohort takes enrolments."""
    if open_cohorts(course).exists():
        raise InterestRefused(_("Este curso ya tiene una convocatoria con inscripciones abiertas."))
    CourseInterest.objects.get_or_create(user=user, course=course)


def remove_interest(user, course):
    CourseInterest.objects.filter(user=user, course=course).delete()


def waiting_count(course):
    return CourseInterest.objects.filter(course=course).count()


def notify_course_opened(course, today=None):
    """Tell everyone on the course's list that a cohort takes enrolments, once; clear the list.
    Returns how many were told."""
    cohort = open_cohorts(course, today).first()
    if cohort is None:
        return 0
    with transaction.atomic():
        interests = list(
            CourseInterest.objects.select_for_update()
            .filter(course=course)
            .values_list("pk", "user")
        )
        if not interests:
            return 0
        CourseInterest.objects.filter(pk__in=[pk for pk, _user in interests]).delete()
        people = list(
            get_user_model().objects.filter(
                pk__in=[user for _pk, user in interests], is_active=True
            )
        )
        day = fecha(cohort.enrolment_closes)
        text = _(
            "Se abrió una convocatoria de «%(course)s», como usted pidió. Inscripciones hasta "
            "el %(day)s."
        ) % {"course": course.title, "day": day}
        send(people, COURSE, text, course.url or "")
    return len(people)


def notify_opened_courses(today=None):
    """The daily pass: every course someone waits for that has a cohort open today."""
    from .models import CoursePage

    today = today or timezone.localdate()
    opened = Cohort.objects.filter(
        status=Cohort.Status.OPEN, enrolment_opens__lte=today, enrolment_closes__gte=today
    ).values("course")
    courses = CoursePage.objects.live().filter(pk__in=opened, interests__isnull=False).distinct()
    return sum(notify_course_opened(course, today) for course in courses)
