"""The member who shared a practice hears what the editors decided, and the thread links to it.

(Wagtail's own workflow e-mails, which link to the admin, reach staff only:
`notifications.workflow_emails`.)"""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils.translation import gettext as _

from wagtail.signals import page_published, task_rejected

from knowledge.models import PracticePage

from . import notify, practices


def _threads_for(page):
    from .models import Thread

    return Thread.objects.filter(practice_id=page.pk).select_related("author")


@receiver(page_published)
def practice_published(sender, instance, **kwargs):
    if not isinstance(instance, PracticePage):
        return
    practices.update_announcements(instance, "live")
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
    practices.update_announcements(page.specific, "needs_changes")
    for thread in _threads_for(page):
        notify.practice_status(
            thread.author,
            _("Los editores pidieron cambios en «%(title)s»") % {"title": page.title},
            thread.get_absolute_url(),
            thread,
        )


@receiver(pre_delete, sender=PracticePage)
def practice_rejected(sender, instance, **kwargs):
    """Editors reject a shared practice for good by deleting the submission (Wagtail's "reject"
    asks for changes): before the thread loses its link, it says so and the member is told."""
    if instance.first_published_at is not None:
        return  # a practice that was once in the library is withdrawn, not rejected
    practices.update_announcements(instance, "rejected")
    for thread in _threads_for(instance):
        notify.practice_status(
            thread.author,
            _("Los editores decidieron no publicar «%(title)s»") % {"title": instance.title},
            thread.get_absolute_url(),
            thread,
        )
