"""Certificates are issued on their own when an enrolment completes its course, once, and only
for courses that grant one; by hand only with a reason."""

import pytest

from django.urls import reverse
from django.utils import timezone

from credentials.codes import ALPHABET, LENGTH, grouped, normalise
from credentials.issuing import IssueRefused, issue_by_hand
from credentials.models import Certificate
from credentials.notices import CERTIFICATE
from notifications.models import Notification
from training.completion import record_completions
from training.factories import CourseLessonPageFactory, CourseModulePageFactory
from training.models import Enrollment, LessonProgress
from training.signals import enrollment_completed

pytestmark = pytest.mark.django_db


def test_a_member_who_completes_the_course_gets_its_certificate(enrollment, course, cohort):
    course.completion_lessons_percent = 100
    course.save()
    module = CourseModulePageFactory(parent=course, title="Módulo 1")
    lesson = CourseLessonPageFactory(parent=module, title="Lección 1")
    LessonProgress.objects.create(user=enrollment.user, lesson=lesson)

    record_completions([enrollment])

    certificate = Certificate.objects.get(user=enrollment.user)
    assert certificate.kind == Certificate.Kind.COURSE
    assert (certificate.course, certificate.cohort) == (course, cohort)
    assert certificate.title == "Presupuesto público territorial"
    assert certificate.hours == 40
    assert certificate.issuing_entity == course.entity.name
    assert (certificate.starts_on, certificate.ends_on) == (cohort.start_date, cohort.end_date)
    assert not certificate.is_manual and not certificate.is_revoked
    (notice,) = Notification.objects.filter(recipient=enrollment.user, kind=CERTIFICATE)
    assert "«Presupuesto público territorial» está listo" in notice.text
    assert notice.url == reverse("my_certificates:list")


def test_the_completion_announced_twice_issues_one_certificate(enrollment):
    enrollment.completed_at = timezone.now()
    for _ in range(2):
        enrollment_completed.send(sender=Enrollment, enrollment=enrollment)
    assert Certificate.objects.filter(user=enrollment.user).count() == 1
    assert Notification.objects.filter(recipient=enrollment.user, kind=CERTIFICATE).count() == 1


def test_a_course_that_grants_no_certificate_issues_none(enrollment, course):
    course.certificate = False
    course.save()
    enrollment_completed.send(sender=Enrollment, enrollment=enrollment)
    assert not Certificate.objects.exists()


def test_codes_are_twelve_unambiguous_characters_typed_in_any_case_or_grouping(certificate):
    code = certificate.code
    assert len(code) == LENGTH and set(code) <= set(ALPHABET)
    assert not set(code) & set("0O1IL")
    typed = f" {grouped(code).lower().replace('-', ' ')} "
    assert normalise(typed) == code
    assert normalise("ABCD-EFGH-JKM0") == ""  # a zero is never in a code


def test_codes_differ_between_certificates(graduate, course):
    codes = {
        issue_by_hand(course=course, user=graduate, issued_by=None, reason="Prueba").code
        for _ in range(20)
    }
    assert len(codes) == 20


def test_a_certificate_by_hand_needs_a_reason(graduate, course, publisher):
    with pytest.raises(IssueRefused):
        issue_by_hand(course=course, user=graduate, issued_by=publisher, reason="  ")
    assert not Certificate.objects.exists()
