"""Notices about events, through the site's notifications: the day-before reminder to those who
will attend (once each, however often the command runs) and the cancellation."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.templatetags.dates import fecha
from notifications import followups, kinds
from notifications.notify import send

from .models import Event, Rsvp
from .permissions import can_see_event

EVENT = kinds.register("evento", gettext_lazy("Eventos"))
REMINDER_AHEAD = timedelta(days=1)


def due_reminders(now):
    """RSVPs to published events starting within a day, not reminded yet."""
    return Rsvp.objects.filter(
        reminded_at__isnull=True,
        event__status=Event.Status.PUBLISHED,
        event__starts_at__gt=now,
        event__starts_at__lte=now + REMINDER_AHEAD,
    ).select_related("event", "user")


def _remind(rsvp):
    event = rsvp.event
    if not can_see_event(rsvp.user, event):  # left the event's private space since
        return
    text = _("Recordatorio: «%(title)s» es el %(when)s") % {
        "title": event.title,
        "when": fecha(event.starts_at),
    }
    send([rsvp.user], EVENT, text, event.get_absolute_url(), key=f"evento-{event.pk}-rec")


def send_event_reminders(now=None):
    """Reminds each member of an event they will attend, a day before; returns how many."""
    now = now or timezone.now()
    return followups.run(due_reminders(now), "reminded_at", _remind, now)


def notify_cancelled(event):
    """Everyone who said "Asistiré" learns the event will not take place, once."""
    people = [
        person
        for person in get_user_model().objects.filter(event_rsvps__event=event)
        if can_see_event(person, event)
    ]
    text = _("Se canceló el evento «%(title)s» del %(when)s") % {
        "title": event.title,
        "when": fecha(event.starts_at),
    }
    send(people, EVENT, text, event.get_absolute_url(), key=f"evento-{event.pk}-can")


@receiver(post_save, sender=Event)
def event_saved(sender, instance, raw=False, **kwargs):
    """Cancelled from the site or the admin: the task worker tells the attendees once the save
    commits (the notice key makes a second save send nothing)."""
    if not raw and instance.status == Event.Status.CANCELLED:
        from .tasks import tell_attendees_of_cancellation

        transaction.on_commit(lambda: tell_attendees_of_cancellation.enqueue(instance.pk))
