"""Test and demo factories for events and their attendance.

event = EventFactory(title="Webinar de catastro")              # a published webinar in a week
EventFactory(space=space, kind="presencial", place="Pasto")   # a space's in-person meeting
RsvpFactory(event=event, user=member)
"""

from datetime import timedelta

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from accounts.factories import UserFactory
from knowledge.factories import LOCALE

from .models import Event, Rsvp


class EventFactory(DjangoModelFactory):
    title = factory.Faker("sentence", nb_words=5, locale=LOCALE)
    kind = Event.Kind.WEBINAR
    description = factory.Faker("paragraph", locale=LOCALE)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=2))
    online_url = "https://reuniones.example.org/red-att"
    status = Event.Status.PUBLISHED
    created_by = factory.SubFactory(UserFactory)

    class Meta:
        model = Event


class RsvpFactory(DjangoModelFactory):
    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = Rsvp
