"""iCalendar (RFC 5545) feeds of cohorts: one all-day event per cohort, cancelled ones marked."""

from datetime import timedelta

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify


def cohort_event(cohort, request, stamp):
    course = cohort.course
    event = Event()
    event.add("uid", f"convocatoria-{cohort.pk}@{request.get_host()}")
    event.add("dtstamp", stamp)
    event.add("dtstart", cohort.start_date)
    # DTEND of an all-day event is exclusive: the day after the last one.
    event.add("dtend", cohort.end_date + timedelta(days=1))
    event.add("summary", f"{course.title} ({cohort.place})")
    event.add("location", str(cohort.place))
    event.add("url", course.get_full_url(request))
    event.add("description", f"{course.code} · {course.summary}".strip(" ·"))
    event.add("status", "CANCELLED" if cohort.status == cohort.Status.CANCELLED else "CONFIRMED")
    return event


def build_calendar(cohorts, title, request):
    calendar = Calendar()
    calendar.add("prodid", "-//Red ATT//Plan de formación//ES")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    stamp = timezone.now()
    for cohort in cohorts.select_related("course", "municipality__department"):
        calendar.add_component(cohort_event(cohort, request, stamp))
    return calendar


def ical_response(cohorts, title, request):
    body = build_calendar(cohorts, title, request).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slugify(title) or "formacion"}.ics"'
    return response
