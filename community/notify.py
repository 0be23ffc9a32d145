"""The community's notices: who hears about what, and never a non-reader.

Every recipient list goes through `readers` (`reader_ids`), the permission module's
`can_read_space` for many accounts at once, so a private space's posts reach only its members,
whatever followed, mentioned or replied to what. A new post's notices are written by the task
worker (`fan_out`, `community.tasks`), never in the member's request. The notices themselves, their
e-mails, digests and unsubscribe links are the notifications app's (`send`).
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.identity import public_name
from notifications import kinds
from notifications.notify import send

from .markup import mentioned_usernames
from .models import Follow, Membership, Post

REPLY = kinds.register("respuesta", gettext_lazy("Nueva respuesta"))
MENTION = kinds.register("mencion", gettext_lazy("Le mencionaron"))
SOLUTION = kinds.register("solucion", gettext_lazy("Solución marcada"))
MODERATION = kinds.register("moderacion", gettext_lazy("Decisión de moderación"))
PRACTICE = kinds.register("practica", gettext_lazy("Su buena práctica"))
TO_MODERATE = kinds.register("por_moderar", gettext_lazy("Pendiente de moderar"))


# Recipients written per transaction by the fan-out: a short hold of SQLite's write lock
# whatever the thread's followers (each batch is one bulk insert and its e-mails' queue rows).
FAN_OUT_BATCH = 100


def reader_ids(user_ids, space):
    """Which of these accounts may read the space now: `permissions.can_read_space` for many at
    once (active accounts; in a private space its active members, its moderators, named or by
    role, and the superusers), in one query; tests/community/test_fanout.py holds them equal."""
    User = get_user_model()
    if not space.live:
        return set()
    users = User.objects.filter(pk__in=list(user_ids), is_active=True)
    if space.is_private:
        members = Membership.objects.filter(space=space, status=Membership.Status.ACTIVE)
        named = User.objects.filter(moderated_spaces=space)
        may_read = Q(pk__in=members.values("user_id")) | Q(pk__in=named.values("pk"))
        users = users.filter(may_read | Q(is_superuser=True))
    return set(users.values_list("pk", flat=True))


def readers(users, space):
    users = list(users)
    allowed = reader_ids({user.pk for user in users}, space) if users else set()
    return [user for user in users if user.pk in allowed]


def new_post(post):
    """Followers and the mentioned hear of an approved post from the task worker
    (`community.tasks.fan_out_post`, one task with the post's id): a reply costs its request the
    same whatever the number of followers."""
    from .tasks import fan_out_post  # the task module imports this one

    fan_out_post.enqueue(post.pk)


def fan_out(post_id, batch=FAN_OUT_BATCH):
    """The notices of a new post, written by the task worker: a mention to each member it names,
    a reply notice to the thread's followers (the space's too for a thread's first post) and to
    the author it answers, never to the author, and only to who may read the thread at this
    moment (who left a private space or whose account was closed hears nothing). Idempotent: each
    recipient has one notice per post (`Notification.key`), so a retried task writes and mails
    only what is missing. Returns how many notices it wrote."""
    post = (
        Post.objects.select_related("thread__space", "author", "reply_to")
        .filter(pk=post_id)
        .first()
    )
    if post is None or post.author is None or not post.is_visible_to_all:
        return 0  # gone, hidden or back in moderation since it was queued: nobody hears of it
    thread = post.thread
    space = thread.space
    User = get_user_model()
    author_id = post.author_id
    mentioned = set(
        User.objects.filter(username__in=mentioned_usernames(post.source))
        .exclude(pk=author_id)
        .values_list("pk", flat=True)
    )
    followers = Follow.objects.filter(thread=thread)
    first = thread.posts.order_by("created", "pk").values_list("pk", flat=True).first()
    if first == post.pk:
        followers = followers | Follow.objects.filter(space=space)
    interested = set(followers.values_list("user_id", flat=True))
    if post.reply_to and post.reply_to.author_id:
        interested.add(post.reply_to.author_id)
    interested.discard(author_id)
    allowed = reader_ids(mentioned | interested, space)
    url = post.get_absolute_url()
    name = public_name(post.author)  # the author's consent holds in others' notices too
    key = f"community.post:{post.pk}"
    written = 0
    for kind, ids, text in (
        (MENTION, mentioned, _("%(name)s le mencionó en «%(title)s»")),
        (REPLY, interested - mentioned, _("%(name)s escribió en «%(title)s»")),
    ):
        ids = sorted(ids & allowed)
        text = text % {"name": name, "title": thread.title}
        for start in range(0, len(ids), batch):
            with transaction.atomic():
                # Two runs of one post's task (a retry beside a late first run) take turns here,
                # so the second sees the first's notices and writes none (SQLite: the write lock).
                list(Post.objects.select_for_update().filter(pk=post.pk).values_list("pk"))
                users = User.objects.filter(pk__in=ids[start : start + batch])
                written += len(send(users, kind, text, url, thread, key=key))
    return written


def solution_marked(thread, post, actor):
    recipients = {u for u in (post.author, thread.author) if u and u != actor}
    send(
        readers(recipients, thread.space),
        SOLUTION,
        _("Se marcó una solución en «%(title)s»") % {"title": thread.title},
        post.get_absolute_url(),
        thread,
    )


def moderation_decision(user, thread, text):
    if user:
        send(readers([user], thread.space), MODERATION, text, "", thread)


def membership_approved(membership):
    space = membership.space
    send(
        [membership.user],
        MODERATION,
        _("Se aprobó su ingreso a «%(space)s»") % {"space": space.title},
        space.url or "",
    )


def space_moderators(space):
    """Who moderates this space: named on the page or holding the moderator role; the
    superusers only when the space has nobody, so that no request waits unseen."""
    User = get_user_model()
    named = User.objects.filter(moderated_spaces=space)
    by_role = User.objects.filter(
        space_memberships__space=space,
        space_memberships__role=Membership.Role.MODERATOR,
        space_memberships__status=Membership.Status.ACTIVE,
    )
    moderators = set((named | by_role).filter(is_active=True).distinct())
    return moderators or set(User.objects.filter(is_superuser=True, is_active=True))


def to_moderators(space, text, thread=None, exclude=None):
    """A TO_MODERATE notice to the space's moderators, linking to the queue they can act on;
    never to whoever caused it."""
    recipients = [user for user in space_moderators(space) if user != exclude]
    url = reverse("community:moderation", args=[space.pk])
    send(readers(recipients, space), TO_MODERATE, text, url, thread)


def post_pending(post):
    thread = post.thread
    to_moderators(
        thread.space,
        _("Una publicación espera su aprobación en «%(title)s»") % {"title": thread.title},
        thread,
        exclude=post.author,
    )


def post_flagged(flag):
    thread = flag.post.thread
    to_moderators(
        thread.space,
        _("Se denunció una publicación en «%(title)s»") % {"title": thread.title},
        thread,
        exclude=flag.reporter,
    )


def membership_requested(membership):
    space = membership.space
    to_moderators(
        space,
        _("%(name)s pidió unirse a «%(space)s»")
        % {"name": public_name(membership.user), "space": space.title},
        exclude=membership.user,
    )


def practice_status(user, text, url, thread=None):
    send([user], PRACTICE, text, url, thread)
