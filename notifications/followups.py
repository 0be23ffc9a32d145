"""The one loop behind every scheduled follow-up (adoption follow-ups, course surveys, jury
reminders): claim each due item, notify, count.

Claiming is a conditional update of the item's "sent at" field, in the same transaction as the
notice: two runs at once, or a run repeated the same day, never notify twice, and a notice that
fails to be written leaves the item unclaimed for the next run.
"""

from django.db import transaction


def run(due, claim_field, notify_one, now):
    """For each model instance in `due` whose `claim_field` is still empty, set it to `now` and
    call `notify_one(item)`; returns how many were notified. `due` may be a queryset or any
    iterable of instances (e.g. a queryset filtered further in Python)."""
    notified = 0
    for item in due:
        with transaction.atomic():
            claimed = (
                type(item)
                ._base_manager.filter(pk=item.pk, **{f"{claim_field}__isnull": True})
                .update(**{claim_field: now})
            )
            if not claimed:  # another run notified meanwhile
                continue
            setattr(item, claim_field, now)
            notify_one(item)
        notified += 1
    return notified
