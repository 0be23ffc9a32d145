"""What members do in a space: join, leave, start threads, reply, edit, delete, mark solutions.

Views call these after checking permissions; each keeps the related counters and notices right.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import notify
from .models import Follow, Membership, Post, PostReaction, PostRevision, Thread, ThreadRead
from .permissions import can_moderate


def join(user, space):
    """Public spaces admit at once; private ones get a request a moderator approves."""
    status = Membership.Status.PENDING if space.is_private else Membership.Status.ACTIVE
    membership, created = Membership.objects.get_or_create(
        user=user, space=space, defaults={"status": status}
    )
    if created and not membership.is_active:
        notify.membership_requested(membership)
    return membership


def leave(user, space):
    Membership.objects.filter(user=user, space=space).delete()
    Follow.objects.filter(user=user, space=space).delete()
    Follow.objects.filter(user=user, thread__space=space).delete()


def needs_approval(user, space):
    """New accounts' first posts wait for a moderator (thresholds in the settings)."""
    if can_moderate(user, space):
        return False
    young = user.date_joined > timezone.now() - timedelta(days=settings.COMMUNITY_NEW_ACCOUNT_DAYS)
    approved = Post.objects.filter(author=user, approved=True, deleted=False).count()
    return young and approved < settings.COMMUNITY_TRUSTED_AFTER_POSTS


def start_thread(user, space, title, category, source, taxonomy=None, practice=None):
    with transaction.atomic():
        thread, post = _create_thread(user, space, title, category, source, taxonomy, practice)
    _announce(post)  # after the commit: nobody hears of a post that was rolled back
    return thread


def _create_thread(user, space, title, category, source, taxonomy, practice):
    approved = not needs_approval(user, space)
    thread = Thread.objects.create(
        space=space,
        author=user,
        title=title,
        category=category,
        approved=approved,
        practice=practice,
    )
    for field, terms in (taxonomy or {}).items():
        getattr(thread, field).set(terms)
    post = Post.objects.create(thread=thread, author=user, source=source, approved=approved)
    Follow.objects.get_or_create(user=user, thread=thread)
    return thread, post


def reply(user, thread, source, reply_to=None):
    with transaction.atomic():
        post = _create_reply(user, thread, source, reply_to)
    _announce(post)
    return post


def _announce(post):
    """Readers hear of an approved post; the moderators of one that must wait for them."""
    if post.approved:
        notify.new_post(post)
    else:
        notify.post_pending(post)


def _create_reply(user, thread, source, reply_to):
    approved = not needs_approval(user, thread.space)
    if reply_to and reply_to.thread_id != thread.pk:
        reply_to = None
    post = Post.objects.create(
        thread=thread, author=user, source=source, reply_to=reply_to, approved=approved
    )
    if approved:
        Thread.objects.filter(pk=thread.pk).update(last_activity=post.created)
    Follow.objects.get_or_create(user=user, thread=thread)
    return post


@transaction.atomic
def edit(post, source):
    if source == post.source:
        return post
    PostRevision.objects.create(post=post, source=post.source)
    post.source = source
    post.edited = timezone.now()
    post.save()
    return post


def soft_delete(post):
    post.deleted = True
    post.save(update_fields=["deleted"])


def mark_solution(user, thread, post):
    thread.solution = post
    thread.save(update_fields=["solution"])
    notify.solution_marked(thread, post, actor=user)


def toggle_useful(user, post):
    """Adds the member's "útil" or takes it back; the database allows one per member and post."""
    removed, _ = PostReaction.objects.filter(post=post, user=user).delete()
    if removed:
        return False
    try:
        with transaction.atomic():
            PostReaction.objects.create(post=post, user=user)
    except IntegrityError:
        pass  # a double click raced us; the reaction exists, which is what was asked
    return True


def mark_read(user, thread):
    """Remember that the member has read the thread up to now. Written only when something is
    new since the last visit: reading a thread again is then a read, not a write that waits its
    turn for the database on a busy day."""
    if not user.is_authenticated:
        return
    marker = ThreadRead.objects.filter(thread=thread, user=user)
    read_at = marker.values_list("read_at", flat=True).first()
    if read_at is None:
        ThreadRead.objects.get_or_create(
            thread=thread, user=user, defaults={"read_at": timezone.now()}
        )
    elif read_at < thread.last_activity:
        marker.update(read_at=timezone.now())


def is_following(user, *, space=None, thread=None):
    """Whether `user` gets notices of the space or thread: the button says which way it goes."""
    return user.is_authenticated and (
        Follow.objects.filter(user=user, space=space, thread=thread).exists()
    )


def toggle_follow(user, *, space=None, thread=None):
    follow, created = Follow.objects.get_or_create(user=user, space=space, thread=thread)
    if not created:
        follow.delete()
    return created
