"""A training plan with courses and cohorts, and people in each training role."""

import pytest

from django.test import Client

from accounts import roles
from accounts.factories import UserFactory
from training.factories import CohortFactory, CoursePageFactory, create_plan


@pytest.fixture
def plan(db):
    return create_plan()


@pytest.fixture
def course(plan):
    return CoursePageFactory(parent=plan, title="Presupuesto público territorial")


@pytest.fixture
def cohort(course):
    return CohortFactory(course=course, seats=2)


@pytest.fixture
def publisher(db):
    return UserFactory(username="esap_prueba", roles=[roles.TRAINING_PUBLISHERS])


@pytest.fixture
def publisher_client(publisher):
    """Its own client, so a test may also use `member_client` or `editor_client`."""
    client = Client()
    client.force_login(publisher)
    return client


@pytest.fixture
def people(db):
    return [UserFactory(username=f"participante{n}") for n in range(1, 5)]
