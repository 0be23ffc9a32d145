"""The events' pages: upcoming, past and the month calendar; an event with "Asistiré"; the form
for publishers; the organiser's attendee list; the calendar feeds and "Calendario personal".

Events nobody may see answer 404 (never 403), so a private space's events are not even
confirmed to exist.
"""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.identity import public_entity, public_name
from core.csv_response import streamed_csv

from . import feeds, rsvp
from .forms import EventForm
from .models import Event, Rsvp
from .month import WEEKDAYS, month_grid, place_events
from .permissions import (
    can_create_event,
    can_manage_event,
    can_see_event,
    public_events,
    visible_events,
)

PER_PAGE = 20


def _visible_event(user, pk):
    event = get_object_or_404(
        Event.objects.select_related(
            "space", "department", "municipality__department", "organiser", "edition"
        ),
        pk=pk,
    )
    if not can_see_event(user, event):
        raise Http404
    return event


def _managed_event(user, pk):
    event = _visible_event(user, pk)
    if not can_manage_event(user, event):
        raise PermissionDenied
    return event


def _list_context(request, events, heading):
    page = Paginator(events.for_lists(), PER_PAGE).get_page(request.GET.get("page"))
    return {
        "events": page,
        "heading": heading,
        "can_create": can_create_event(request.user),
    }


def upcoming(request):
    events = visible_events(request.user).upcoming()
    context = _list_context(request, events, _("Próximos eventos"))
    return render(request, "events/event_list.html", context | {"section": "upcoming"})


def past(request):
    events = visible_events(request.user).past()
    context = _list_context(request, events, _("Eventos anteriores"))
    return render(request, "events/event_list.html", context | {"section": "past"})


def month(request, year=None, month=None):
    if year is None:
        today = timezone.localdate()
        return redirect("events:month", year=today.year, month=today.month)
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise Http404
    grid = month_grid(year, month)
    start, end = grid.bounds()
    events = visible_events(request.user).filter(starts_at__lte=end, ends_at__gte=start)
    place_events(grid, events.order_by("starts_at", "pk").select_related("space"))
    context = {"grid": grid, "weekdays": WEEKDAYS, "can_create": can_create_event(request.user)}
    return render(request, "events/month.html", context)


def detail(request, pk):
    event = _visible_event(request.user, pk)
    count = rsvp.attendee_count(event)
    context = {
        "event": event,
        "attendee_count": count,
        "seats_left": event.seats_left(count),
        "attends": rsvp.attends(request.user, event),
        "can_manage": can_manage_event(request.user, event),
        "schema_object": event.schema_org(request) if event.status != Event.Status.DRAFT else None,
    }
    return render(request, "events/event_detail.html", context)


@require_POST
@login_required
def attend(request, pk):
    event = _visible_event(request.user, pk)
    try:
        rsvp.confirm(request.user, event)
    except rsvp.RsvpRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Listo: su asistencia quedó confirmada."))
    return redirect(event)


@require_POST
@login_required
def withdraw(request, pk):
    event = _visible_event(request.user, pk)
    rsvp.withdraw(request.user, event)
    messages.success(request, _("Listo: ya no aparece entre quienes asistirán."))
    return redirect(event)


def _save_form(request, form):
    event = form.save(commit=False)
    if event.pk is None:
        event.created_by = request.user
    event.save()
    return event


@login_required
def create(request):
    if not can_create_event(request.user):
        raise PermissionDenied
    form = EventForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        event = _save_form(request, form)
        messages.success(request, _("El evento quedó guardado."))
        return redirect(event)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "heading": _("Publicar un evento")}
    return render(request, "events/event_form.html", context, status=status)


@login_required
def edit(request, pk):
    event = _managed_event(request.user, pk)
    form = EventForm(request.POST or None, instance=event, user=request.user)
    if request.method == "POST" and form.is_valid():
        event = _save_form(request, form)
        messages.success(request, _("Los cambios quedaron guardados."))
        return redirect(event)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "event": event, "heading": _("Editar el evento")}
    return render(request, "events/event_form.html", context, status=status)


def _attendees(event):
    return Rsvp.objects.filter(event=event).select_related("user__profile__entity")


@login_required
def attendees(request, pk):
    event = _managed_event(request.user, pk)
    context = {"event": event, "rsvps": _attendees(event)}
    return render(request, "events/attendees.html", context)


@login_required
def attendees_csv(request, pk):
    """Names and entities as each member consented to show them (accounts.identity)."""
    event = _managed_event(request.user, pk)
    rows = (
        (public_name(r.user), public_entity(r.user), timezone.localtime(r.created_at).isoformat())
        for r in _attendees(event)
    )
    header = [(_("Nombre"), _("Entidad"), _("Confirmó el"))]
    filename = f"asistentes-evento-{event.pk}.csv"
    return streamed_csv([*header, *rows], filename, for_spreadsheets=True)


def _no_cache(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def public_feed(request):
    recent = timezone.now() - datetime.timedelta(days=90)
    events = public_events().filter(ends_at__gte=recent)
    return feeds.ical_response(feeds.public_calendar(events, request), "red-att-eventos.ics")


def member_feed(request, token):
    feed = feeds.feed_for_token(token)
    if feed is None:
        raise Http404
    calendar = feeds.member_calendar(feed.user, request)
    return _no_cache(feeds.ical_response(calendar, "red-att-mi-calendario.ics"))


@login_required
def personal_calendar(request):
    if request.method == "POST":
        feeds.reset_token(request.user)
        messages.success(
            request,
            _(
                "Listo: este es su enlace nuevo. El anterior ya no funciona; "
                "cámbielo donde lo usaba."
            ),
        )
        return redirect("events:personal_calendar")
    feed = feeds.feed_of(request.user)
    url = request.build_absolute_uri(reverse("events:member_feed", args=[feed.token]))
    return _no_cache(render(request, "events/personal_calendar.html", {"feed_url": url}))
