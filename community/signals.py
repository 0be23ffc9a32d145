"""The member who shared a practice hears what the editors decided, and the thread links to it."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from wagtail.signals import page_published, task_rejected

from knowledge.models import PracticePage

from . import notify


def _threads_for(page):
    from .models import Thread

    return Thread.objects.filter(practice_id=page.pk).select_related("author")


@receiver(page_published)
def practice_published(sender, instance, **kwargs):
    if not isinstance(instance, PracticePage):
        return
    for thread in _threads_for(instance):
        notify.practice_status(
            thread.author,
            _("Se publicó su buena práctica «%(title)s»") % {"title": instance.title},
            instance.url or "",
            thread,
        )


@receiver(task_rejected)
def practice_changes_requested(sender, instance, user=None, **kwargs):
    page = instance.workflow_state.content_object
    if not isinstance(page.specific, PracticePage):
        return
    for thread in _threads_for(page):
        notify.practice_status(
            thread.author,
            _("Los editores pidieron cambios en «%(title)s»") % {"title": page.title},
            thread.get_absolute_url(),
            thread,
        )
