"""iCalendar (RFC 5545) feeds: the public one of every public event, and each member's private
one (their events and their training), reached by a secret token that a reset retires.

Cohorts come from training: each session of a cohort (training's `CohortSession`) is a timed
event; a cohort without sessions is one all-day event (`training.calendar.cohort_event`).
"""

import secrets

from icalendar import Calendar
from icalendar import Event as ICalEvent

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from training.calendar import cohort_event
from training.models import Cohort, Enrollment

from .models import CalendarFeed, Event
from .models.feeds import SELECTOR_LENGTH
from .permissions import visible_events


def feed_of(user):
    """The member's feed, made with its first token the first time it is asked for."""
    feed = CalendarFeed.objects.filter(user=user).first()
    if feed is None:
        feed = CalendarFeed(user=user)
        feed.set_new_token()
        feed.save()
    return feed


def reset_token(user):
    """A new token: the old URL answers 404 from now on."""
    feed = feed_of(user)
    feed.set_new_token()
    feed.save()
    return feed


def feed_for_token(token):
    """The feed this token opens, or None; the comparison takes the same time for any guess."""
    feed = (
        CalendarFeed.objects.select_related("user").filter(selector=token[:SELECTOR_LENGTH]).first()
    )
    if feed is None or not secrets.compare_digest(feed.token.encode(), token.encode()):
        return None
    if not feed.user.is_active:
        return None
    return feed


def event_component(event, request, stamp):
    component = ICalEvent()
    component.add("uid", f"evento-{event.pk}@{request.get_host()}")
    component.add("dtstamp", stamp)
    component.add("dtstart", event.starts_at)
    component.add("dtend", event.ends_at)
    component.add("summary", event.title)
    if event.where:
        component.add("location", event.where)
    component.add("url", request.build_absolute_uri(event.get_absolute_url()))
    description = strip_tags(event.description_html).strip()[:1000]
    if event.online_url:
        description = f"{event.online_url}\n\n{description}".strip()
    component.add("description", description)
    component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return component


def session_component(session, request, stamp):
    course = session.cohort.course
    component = ICalEvent()
    component.add("uid", f"sesion-{session.pk}@{request.get_host()}")
    component.add("dtstamp", stamp)
    component.add("dtstart", session.starts_at)
    component.add("dtend", session.ends_at)
    component.add("summary", course.title)
    if session.where:
        component.add("location", str(session.where))
    component.add("url", course.get_full_url(request))
    if session.online_url:
        component.add("description", session.online_url)
    cancelled = session.cohort.status == Cohort.Status.CANCELLED
    component.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return component


def _calendar(title):
    calendar = Calendar()
    calendar.add("prodid", "-//Red ATT//Eventos//ES")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    calendar.add("x-wr-timezone", "America/Bogota")
    return calendar


def _for_feed(events):
    return events.select_related("space", "department", "municipality__department", "organiser")


def public_calendar(events, request):
    calendar = _calendar("Red ATT: eventos")
    stamp = timezone.now()
    for event in _for_feed(events):
        calendar.add_component(event_component(event, request, stamp))
    return calendar


def members_cohorts(user):
    return (
        Cohort.objects.filter(
            enrollments__user=user, enrollments__status=Enrollment.Status.ENROLLED
        )
        .select_related("course", "municipality__department")
        .prefetch_related("sessions")
        .distinct()
    )


def member_calendar(user, request):
    """The member's events (those they will attend and may still see) and their cohorts."""
    calendar = _calendar("Red ATT: mi calendario")
    stamp = timezone.now()
    events = visible_events(user).filter(rsvps__user=user).exclude(status=Event.Status.DRAFT)
    for event in _for_feed(events):
        calendar.add_component(event_component(event, request, stamp))
    for cohort in members_cohorts(user):
        sessions = list(cohort.sessions.all())
        if not sessions:
            calendar.add_component(cohort_event(cohort, request, stamp))
        for session in sessions:
            calendar.add_component(session_component(session, request, stamp))
    return calendar


def ical_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
