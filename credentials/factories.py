"""Test and demo factories: certificates of a course (pass `user` and `course`, or a `cohort`)."""

import factory

from django.utils import timezone

from .issuing import course_entity, course_hours
from .models import Certificate


class CertificateFactory(factory.django.DjangoModelFactory):
    """A course certificate; `cohort` gives its course and dates, `course` alone its title."""

    kind = Certificate.Kind.COURSE
    user = None
    cohort = None
    course = factory.LazyAttribute(lambda c: c.cohort.course if c.cohort else None)
    title = factory.LazyAttribute(lambda c: c.course.title if c.course else "Curso de prueba")
    hours = factory.LazyAttribute(lambda c: course_hours(c.course) if c.course else 20)
    issuing_entity = factory.LazyAttribute(
        lambda c: course_entity(c.course) if c.course else "ESAP"
    )
    starts_on = factory.LazyAttribute(lambda c: c.cohort.start_date if c.cohort else None)
    ends_on = factory.LazyAttribute(lambda c: c.cohort.end_date if c.cohort else None)
    issued_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Certificate
