"""Wagtail's own workflow e-mails (approved, rejected) link to /admin/: only people who can open
it get them. Members who submitted through the site (e.g. a shared practice) hear from the
platform's notices instead.

`take_over` (from this app's `ready`) swaps Wagtail's notifiers for these under Wagtail's own
dispatch_uids, whichever of the two apps is ready first: if Wagtail's are connected already they
are disconnected; if not, Wagtail's later connect under the same uid is a no-op.
"""

from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected


class StaffOnlyNotifierMixin:
    def get_recipient_users(self, instance, **kwargs):
        users = super().get_recipient_users(instance, **kwargs)
        return {user for user in users if user and user.has_perm("wagtailadmin.access_admin")}


class StaffOnlyApprovalNotifier(StaffOnlyNotifierMixin, WorkflowStateApprovalEmailNotifier):
    pass


class StaffOnlyRejectionNotifier(StaffOnlyNotifierMixin, WorkflowStateRejectionEmailNotifier):
    pass


staff_only_approval_notifier = StaffOnlyApprovalNotifier()  # signals keep weak references
staff_only_rejection_notifier = StaffOnlyRejectionNotifier()

# Wagtail's dispatch_uids (wagtail.admin.signal_handlers.register_signal_handlers).
TAKEN_OVER = [
    (workflow_approved, staff_only_approval_notifier, "workflow_state_approved_email_notification"),
    (
        workflow_rejected,
        staff_only_rejection_notifier,
        "workflow_state_rejected_email_notification",
    ),
]


def take_over():
    for signal, notifier, dispatch_uid in TAKEN_OVER:
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=WorkflowState, dispatch_uid=dispatch_uid)
