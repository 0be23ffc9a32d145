"""Certificates: a course that grants one, a finished cohort, a member who completed it, and
people on each side of every permission."""

from datetime import timedelta

import pytest

from django.test import Client
from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from core import pdf as core_pdf
from credentials.factories import CertificateFactory
from tests.conftest import skip_or_fail
from training.factories import CohortFactory, CoursePageFactory, create_plan
from training.models import Enrollment


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def plan(db):
    return create_plan()


@pytest.fixture
def course(plan):
    return CoursePageFactory(
        parent=plan, title="Presupuesto público territorial", duration_hours=40, certificate=True
    )


@pytest.fixture
def cohort(course):
    today = timezone.localdate()
    return CohortFactory(
        course=course,
        start_date=today - timedelta(days=30),
        end_date=today - timedelta(days=2),
        enrolment_opens=today - timedelta(days=60),
        enrolment_closes=today - timedelta(days=31),
    )


@pytest.fixture
def graduate(db):
    return UserFactory(username="graduada", first_name="Luz Marina", last_name="Ortega Díaz")


@pytest.fixture
def enrollment(graduate, cohort):
    return Enrollment.objects.create(
        user=graduate, cohort=cohort, status=Enrollment.Status.ENROLLED
    )


@pytest.fixture
def certificate(graduate, cohort):
    return CertificateFactory(user=graduate, cohort=cohort)


@pytest.fixture
def publisher(db):
    """A training publisher: the plan's pages, and so the course, are theirs."""
    return UserFactory(username="esap_prueba", roles=[roles.TRAINING_PUBLISHERS])


@pytest.fixture
def pdf_engine():
    if not core_pdf.available():
        skip_or_fail("WeasyPrint cannot load (Pango missing): make system-deps")
