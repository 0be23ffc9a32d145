"""The events app's models: the event itself, who will attend, and each member's private feed."""

from .events import Event, EventQuerySet
from .feeds import CalendarFeed
from .rsvp import Rsvp

__all__ = ["Rsvp", "CalendarFeed", "Event", "EventQuerySet"]
