"""The community's notices: who hears about what, and never a non-reader.

Every recipient list goes through `readers`, built on the permission module, so a private
space's posts reach only its members, whatever followed, mentioned or replied to what. The notices
themselves, their e-mails, digests and unsubscribe links are the notifications app's (`send`).
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.identity import public_name
from notifications import kinds
from notifications.notify import send

from .markup import mentioned_usernames
from .models import Follow, Membership
from .permissions import can_read_space

REPLY = kinds.register("respuesta", gettext_lazy("Nueva respuesta"))
MENTION = kinds.register("mencion", gettext_lazy("Le mencionaron"))
SOLUTION = kinds.register("solucion", gettext_lazy("Solución marcada"))
MODERATION = kinds.register("moderacion", gettext_lazy("Decisión de moderación"))
PRACTICE = kinds.register("practica", gettext_lazy("Su buena práctica"))
TO_MODERATE = kinds.register("por_moderar", gettext_lazy("Pendiente de moderar"))


def readers(users, space):
    return [user for user in users if user.is_active and can_read_space(user, space)]


def new_post(post):
    thread = post.thread
    User = get_user_model()
    author_id = post.author_id
    mentioned = set(
        User.objects.filter(username__in=mentioned_usernames(post.source)).exclude(pk=author_id)
    )
    followers = Follow.objects.filter(thread=thread)
    if thread.posts.count() == 1:
        followers = followers | Follow.objects.filter(space=thread.space)
    interested = set(User.objects.filter(pk__in=followers.values("user")).exclude(pk=author_id))
    if post.reply_to and post.reply_to.author and post.reply_to.author_id != author_id:
        interested.add(post.reply_to.author)
    url = post.get_absolute_url()
    name = public_name(post.author)  # the author's consent holds in others' notices too
    send(
        readers(mentioned, thread.space),
        MENTION,
        _("%(name)s le mencionó en «%(title)s»") % {"name": name, "title": thread.title},
        url,
        thread,
    )
    send(
        readers(interested - mentioned, thread.space),
        REPLY,
        _("%(name)s escribió en «%(title)s»") % {"name": name, "title": thread.title},
        url,
        thread,
    )


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
