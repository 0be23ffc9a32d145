"""In-site notifications and their emails: who hears about what, and never a non-reader.

Every recipient list goes through `readers`, built on the permission module, so a private
space's posts reach only its members, whatever followed, mentioned or replied to what. Notices are
rows written with the member's action; their e-mails leave through `core.mail` once it commits.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.identity import public_name
from core import links, mail

from .markup import mentioned_usernames
from .models import EmailPreference, Follow, Membership, Notification
from .permissions import can_read_space

UNSUBSCRIBE_SALT = "community.unsubscribe"
# Every e-mail carries a fresh link; an old one (a forwarded or leaked message) stops working.
UNSUBSCRIBE_MAX_AGE = timedelta(days=60)


def readers(users, space):
    return [user for user in users if user.is_active and can_read_space(user, space)]


def unsubscribe_url(user):
    token = signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)
    return links.absolute(reverse("community:unsubscribe", args=[token]))


def user_from_unsubscribe_token(token):
    """The member an unsubscribe link names; raises `signing.SignatureExpired` for a link older
    than UNSUBSCRIBE_MAX_AGE and `signing.BadSignature` for one the site did not sign."""
    pk = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    try:
        return get_user_model().objects.get(pk=pk)
    except get_user_model().DoesNotExist:
        raise signing.BadSignature("the account of this link no longer exists") from None


def stop_emails(user):
    EmailPreference.objects.update_or_create(
        user=user, defaults={"frequency": EmailPreference.Frequency.NONE}
    )


def send(recipients, kind, text, url, thread=None):
    """Creates the notices, then emails those who asked for one email per notice."""
    for user in recipients:
        notification = Notification.objects.create(
            recipient=user, kind=kind, text=text[:300], url=url, thread=thread
        )
        if EmailPreference.frequency_for(user) == EmailPreference.Frequency.IMMEDIATE:
            email_notifications(user, [notification])


def email_notifications(user, notifications):
    """Queue one e-mail with these notices; from then on they count as e-mailed (the mail task
    retries a failing server, and a message it gives up on stays in the task results)."""
    if not user.email or not notifications:
        return
    context = {
        "user": user,
        "notifications": notifications,
        "base_url": links.base_url(),
        "unsubscribe_url": unsubscribe_url(user),
    }
    subject = (
        notifications[0].text
        if len(notifications) == 1
        else _("Red ATT: %(count)s avisos de la comunidad") % {"count": len(notifications)}
    )
    mail.send(
        subject,
        render_to_string("community/email/notifications.txt", context),
        [user.email],
        headers={  # one-click unsubscribe in the mail client itself (RFC 8058)
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
        emailed_at=timezone.now()
    )


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
        Notification.Kind.MENTION,
        _("%(name)s le mencionó en «%(title)s»") % {"name": name, "title": thread.title},
        url,
        thread,
    )
    send(
        readers(interested - mentioned, thread.space),
        Notification.Kind.REPLY,
        _("%(name)s escribió en «%(title)s»") % {"name": name, "title": thread.title},
        url,
        thread,
    )


def solution_marked(thread, post, actor):
    recipients = {u for u in (post.author, thread.author) if u and u != actor}
    send(
        readers(recipients, thread.space),
        Notification.Kind.SOLUTION,
        _("Se marcó una solución en «%(title)s»") % {"title": thread.title},
        post.get_absolute_url(),
        thread,
    )


def moderation_decision(user, thread, text):
    if user:
        send(readers([user], thread.space), Notification.Kind.MODERATION, text, "", thread)


def membership_approved(membership):
    space = membership.space
    send(
        [membership.user],
        Notification.Kind.MODERATION,
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
    send(readers(recipients, space), Notification.Kind.TO_MODERATE, text, url, thread)


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
    send([user], Notification.Kind.PRACTICE, text, url, thread)


def send_digests():
    """One email per member who chose the daily digest, with what they have not been emailed."""
    pending = (
        Notification.objects.filter(
            emailed_at__isnull=True,
            recipient__community_email__frequency=EmailPreference.Frequency.DIGEST,
        )
        .select_related("recipient")
        .order_by("recipient_id", "created")
    )
    by_user = {}
    for notification in pending:
        by_user.setdefault(notification.recipient, []).append(notification)
    for user, notifications in by_user.items():
        email_notifications(user, notifications)
    return len(by_user)
