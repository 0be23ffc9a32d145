"""Test and scale-data factories for the training plan: plan, courses, content, cohorts.

plan = create_plan()
course = CoursePageFactory(parent=plan, modality="virtual", capacity_levels=["gerencial"])
cohort = CohortFactory(course=course, seats=2)           # open today, online
CohortFactory(course=course, municipality="52356")       # in Ipiales (created if missing)
session = CohortSessionFactory(cohort=cohort)            # today, 9:00 to 12:00
AttendanceFactory(session=session, user=member)          # present, taken by a publisher
"""

from datetime import timedelta

import factory

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Site

from knowledge.factories import LOCALE, PublishedPageFactory, _taxonomy_hook
from reference.models import (
    CapacityLevel,
    CapacityType,
    Department,
    Entity,
    Municipality,
    Sector,
)

from .models import (
    Attendance,
    Cohort,
    CohortSession,
    CourseEvaluation,
    CourseLessonPage,
    CourseModulePage,
    CoursePage,
    TrainingPlanPage,
)


class TrainingPlanPageFactory(PublishedPageFactory):
    title = "Plan de formación"
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        model = TrainingPlanPage


class CoursePageFactory(PublishedPageFactory):
    """`entity` takes an Entity or its slug (ESAP by default)."""

    code = factory.Sequence(lambda n: f"CUR-{n:03d}")
    summary = factory.Faker("sentence", nb_words=14, locale=LOCALE)
    learning_outcomes = "<ul><li>Aplica lo aprendido en su entidad.</li></ul>"
    entity = "esap"
    modality = CoursePage.Modality.VIRTUAL
    duration_hours = 20

    capacity_levels = _taxonomy_hook("capacity_levels", CapacityLevel)
    capacity_types = _taxonomy_hook("capacity_types", CapacityType)
    sectors = _taxonomy_hook("sectors", Sector)

    class Meta:
        model = CoursePage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("entity"), str):
            kwargs["entity"] = Entity.objects.get(slug=kwargs["entity"])
        return kwargs


class CourseModulePageFactory(PublishedPageFactory):
    class Meta:
        model = CourseModulePage


class CourseLessonPageFactory(PublishedPageFactory):
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Contenido de la lección.</p>")])

    class Meta:
        model = CourseLessonPage


def municipality(code, name=None):
    """The municipality with DANE `code`, created in its department if the test DB lacks it."""
    found = Municipality.objects.filter(code=code).first()
    if found:
        return found
    department = Department.objects.get(code=code[:2])
    return Municipality.objects.create(
        code=code, name=name or f"Municipio {code}", department=department
    )


class CohortFactory(factory.django.DjangoModelFactory):
    """Open for enrolment today, starting in a month; `municipality` takes a DANE code."""

    course = None
    start_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    end_date = factory.LazyAttribute(lambda cohort: cohort.start_date + timedelta(days=10))
    enrolment_opens = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=5))
    enrolment_closes = factory.LazyAttribute(lambda cohort: cohort.start_date - timedelta(days=1))
    municipality = None
    online = factory.LazyAttribute(lambda cohort: cohort.municipality is None)
    seats = 10
    status = Cohort.Status.OPEN

    class Meta:
        model = Cohort

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("municipality"), str):
            kwargs["municipality"] = municipality(kwargs["municipality"])
        return kwargs


class CourseEvaluationFactory(factory.django.DjangoModelFactory):
    """A positive answer; pass `cohort` and `respondent`."""

    satisfaction = 4
    usefulness = 4
    content_quality = 4
    organisation = 4
    would_recommend = True

    class Meta:
        model = CourseEvaluation


def _today_at(hour):
    now = timezone.localtime()
    return now.replace(hour=hour, minute=0, second=0, microsecond=0)


class CohortSessionFactory(factory.django.DjangoModelFactory):
    """A session of `cohort` today from 9:00 to 12:00 (local time), in a room."""

    cohort = None
    starts_at = factory.LazyFunction(lambda: _today_at(9))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + timedelta(hours=3))
    place = "Casa de la Cultura, salón 2"

    class Meta:
        model = CohortSession


class AttendanceFactory(factory.django.DjangoModelFactory):
    """`user` present at `session`, as a publisher's list records it."""

    present = True
    method = Attendance.Method.PUBLISHER

    class Meta:
        model = Attendance


def create_plan(title="Plan de formación", **kwargs):
    root = Site.objects.get(is_default_site=True).root_page
    return TrainingPlanPageFactory(parent=root, title=title, **kwargs)
