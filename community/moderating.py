"""Moderator actions on threads, posts, flags and membership requests; each one is logged."""

from django.db import transaction
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from . import notify
from .models import Flag, Membership, ModerationLog, Post

Action = ModerationLog.Action

THREAD_TOGGLES = {
    # action: (field, new value)
    Action.PIN: ("pinned", True),
    Action.UNPIN: ("pinned", False),
    Action.LOCK: ("locked", True),
    Action.UNLOCK: ("locked", False),
    Action.HIDE_THREAD: ("hidden", True),
    Action.SHOW_THREAD: ("hidden", False),
}


def log(moderator, space, action, thread=None, post=None, reason=""):
    return ModerationLog.objects.create(
        moderator=moderator, space=space, action=action, thread=thread, post=post, reason=reason
    )


@transaction.atomic
def moderate_thread(moderator, thread, action, reason="", target_space=None):
    if action == Action.MOVE:
        log(moderator, thread.space, action, thread, reason=reason or str(target_space))
        thread.space = target_space
        thread.save(update_fields=["space"])
        log(moderator, target_space, action, thread, reason=reason)
        return thread
    field, value = THREAD_TOGGLES[action]
    setattr(thread, field, value)
    thread.save(update_fields=[field])
    log(moderator, thread.space, action, thread, reason=reason)
    if action == Action.HIDE_THREAD:
        notify.moderation_decision(
            thread.author,
            thread,
            _("Un moderador ocultó su hilo «%(title)s»: %(reason)s")
            % {"title": thread.title, "reason": reason},
        )
    return thread


@transaction.atomic
def hide_post(moderator, post, reason):
    post.hidden = True
    post.hidden_reason = reason
    post.save(update_fields=["hidden", "hidden_reason"])
    Flag.objects.filter(post=post, status=Flag.Status.OPEN).update(status=Flag.Status.ACTED)
    log(moderator, post.thread.space, Action.HIDE_POST, post.thread, post, reason)
    notify.moderation_decision(
        post.author,
        post.thread,
        _("Un moderador ocultó su publicación en «%(title)s»: %(reason)s")
        % {"title": post.thread.title, "reason": reason},
    )


@transaction.atomic
def reject_post(moderator, post, reason):
    """A post waiting for approval is turned down: hidden as `hide_post` hides one, logged with
    the reason, which its author receives."""
    post.hidden = True
    post.hidden_reason = reason
    post.save(update_fields=["hidden", "hidden_reason"])
    log(moderator, post.thread.space, Action.HIDE_POST, post.thread, post, reason)
    notify.moderation_decision(
        post.author,
        post.thread,
        _("Su publicación en «%(title)s» no fue aprobada: %(reason)s")
        % {"title": post.thread.title, "reason": reason},
    )


def approve_post(moderator, post):
    with transaction.atomic():
        _approve(moderator, post)
    notify.new_post(post)


def _approve(moderator, post):
    post.approved = True
    post.save(update_fields=["approved"])
    thread = post.thread
    if not thread.approved and thread.posts.order_by("created", "pk").first() == post:
        thread.approved = True
    thread.last_activity = max(thread.last_activity, post.created)
    thread.save(update_fields=["approved", "last_activity"])
    log(moderator, thread.space, Action.APPROVE_POST, thread, post)
    notify.moderation_decision(
        post.author,
        thread,
        _("Su publicación en «%(title)s» fue aprobada") % {"title": thread.title},
    )


def approve_membership(moderator, membership):
    membership.status = Membership.Status.ACTIVE
    membership.save(update_fields=["status"])
    log(moderator, membership.space, Action.APPROVE_MEMBER, reason=str(membership.user))
    notify.membership_approved(membership)


def flag(user, post, reason):
    flag = Flag.objects.create(post=post, reporter=user, reason=reason)
    notify.post_flagged(flag)
    return flag


def pending_posts(space):
    """Posts waiting for a decision, thread by thread (a rejected one is hidden: decided)."""
    return (
        Post.objects.filter(thread__space=space, approved=False, deleted=False, hidden=False)
        .select_related("thread", "author")
        .order_by("thread__created", "thread_id", "created", "pk")
    )


def author_histories(space, authors):
    """{author id: {"since", "approved", "hidden"}}: when each joined the space (their account's
    date when not a member) and how many of their posts there were approved and hidden."""
    members = dict(
        Membership.objects.filter(space=space, user__in=authors).values_list("user_id", "created")
    )
    counts = (
        Post.objects.filter(thread__space=space, author__in=authors, deleted=False)
        .values("author_id")
        .annotate(
            approved=Count("pk", filter=Q(approved=True, hidden=False)),
            hidden=Count("pk", filter=Q(hidden=True)),
        )
    )
    by_author = {row["author_id"]: row for row in counts}
    return {
        author.pk: {
            "since": members.get(author.pk) or author.date_joined,
            "approved": by_author.get(author.pk, {}).get("approved", 0),
            "hidden": by_author.get(author.pk, {}).get("hidden", 0),
        }
        for author in authors
    }


def pending_memberships(space):
    return Membership.objects.filter(space=space, status=Membership.Status.PENDING).select_related(
        "user"
    )
