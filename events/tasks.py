"""Work the task worker does for events: telling everyone who said "Asistiré" of a cancellation,
however many they are, outside the editor's request."""

from django_tasks import task

from .models import Event


@task()
def tell_attendees_of_cancellation(event_id):
    """Safe to run again: the notice key sends each person one notice."""
    from .notices import notify_cancelled

    event = Event.objects.filter(pk=event_id).first()
    if event is not None:
        notify_cancelled(event)
