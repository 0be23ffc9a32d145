"""The member who shared a practice hears what the editors decided, and the thread links to it."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils.translation import gettext as _

from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import page_published, task_rejected, workflow_approved, workflow_rejected

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


class StaffOnlyNotifierMixin:
    """Wagtail's own workflow e-mails link to /admin/; only people who can open it get them.
    Members who shared a practice hear from the platform's notices instead (above)."""

    def get_recipient_users(self, instance, **kwargs):
        users = super().get_recipient_users(instance, **kwargs)
        return {user for user in users if user and user.has_perm("wagtailadmin.access_admin")}


class StaffOnlyApprovalNotifier(StaffOnlyNotifierMixin, WorkflowStateApprovalEmailNotifier):
    pass


class StaffOnlyRejectionNotifier(StaffOnlyNotifierMixin, WorkflowStateRejectionEmailNotifier):
    pass


staff_only_approval_notifier = StaffOnlyApprovalNotifier()  # signals keep weak references
staff_only_rejection_notifier = StaffOnlyRejectionNotifier()


def take_over_wagtail_workflow_emails():
    """Connected under Wagtail's own dispatch_uids before wagtail.admin starts (community comes
    first in INSTALLED_APPS), so Wagtail's later connect of its notifiers is a no-op."""
    workflow_approved.connect(
        staff_only_approval_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
    )
    workflow_rejected.connect(
        staff_only_rejection_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_rejected_email_notification",
    )
