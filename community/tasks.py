"""Work the task worker does for the community: telling a new post's readers about it."""

from django_tasks import task

from . import notify

# Ahead of the e-mails already waiting (core.mail's tasks run at the default, 0): a member sees
# the notice in the site first, and the e-mails it queues follow.
FAN_OUT_PRIORITY = 10


@task(priority=FAN_OUT_PRIORITY)
def fan_out_post(post_id):
    """The notices and e-mails of a new post (`notify.fan_out`); safe to run again."""
    return notify.fan_out(post_id)
