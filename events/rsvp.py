"""Saying "Asistiré" and "Ya no asistiré": the one place attendances change.

The event's row is locked while seats are counted, so two members taking the last seat at once
cannot both get it.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from .models import Event, Rsvp


class RsvpRefused(Exception):
    """Why a member may not confirm: the message is what they read."""


def attendee_count(event):
    return Rsvp.objects.filter(event=event).count()


def attends(user, event):
    return user.is_authenticated and Rsvp.objects.filter(event=event, user=user).exists()


def confirm(user, event):
    """The member will attend; raises RsvpRefused with the reason when they cannot."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if Rsvp.objects.filter(event=event, user=user).exists():
            return
        if event.status != Event.Status.PUBLISHED:
            raise RsvpRefused(_("Este evento fue cancelado."))
        if event.is_over:
            raise RsvpRefused(_("Este evento ya terminó."))
        if event.capacity is not None and attendee_count(event) >= event.capacity:
            raise RsvpRefused(_("Cupo lleno: ya se confirmaron todos los cupos de este evento."))
        Rsvp.objects.create(event=event, user=user)


def withdraw(user, event):
    """The member will not attend after all; their seat goes back to the count."""
    Rsvp.objects.filter(event=event, user=user).delete()
