"""Sending notices: the in-site row, its e-mail by the member's preference, the daily digest,
and the signed link in every e-mail that stops them.

Who hears about what is the sending app's business (each checks that recipients may see what the
notice links to); this module only writes the notices and mails them through `core.mail` once the
caller's transaction commits.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import links, mail

from .models import EmailPreference, Notification

# The salt signed into links already mailed: changing it would break them.
UNSUBSCRIBE_SALT = "community.unsubscribe"
# Every e-mail carries a fresh link; an old one (a forwarded or leaked message) stops working.
UNSUBSCRIBE_MAX_AGE = timedelta(days=60)


def send(recipients, kind, text, url, thread=None, key=""):
    """Creates the notices (in bulk), then queues an e-mail for each recipient who asked for one
    per notice; those on the daily digest get theirs with it. With a `key` (what the notice is
    about), a recipient has at most one notice for it: sending again, as a retried task does,
    writes and mails only what is missing. Returns the notices written."""
    recipients = list({user.pk: user for user in recipients}.values())
    if key and recipients:
        done = set(
            Notification.objects.filter(key=key, recipient__in=recipients).values_list(
                "recipient_id", flat=True
            )
        )
        recipients = [user for user in recipients if user.pk not in done]
    if not recipients:
        return []
    fields = {"kind": kind, "text": text[:300], "url": url, "thread": thread, "key": key}
    notices = Notification.objects.bulk_create(
        [Notification(recipient=user, **fields) for user in recipients], batch_size=500
    )
    chosen = dict(
        EmailPreference.objects.filter(user__in=recipients).values_list("user_id", "frequency")
    )
    mailed = [
        notice
        for notice in notices
        if chosen.get(notice.recipient_id, EmailPreference.Frequency.IMMEDIATE)
        == EmailPreference.Frequency.IMMEDIATE
        and _queue_email(notice.recipient, [notice])
    ]
    _mark_emailed(mailed)
    return notices


def email_notifications(user, notifications):
    """Queue one e-mail with these notices; from then on they count as e-mailed (the mail task
    retries a failing server, and a message it gives up on stays in the task results)."""
    if _queue_email(user, notifications):
        _mark_emailed(notifications)


def _queue_email(user, notifications):
    """Queue the e-mail (core.mail sends it once the current transaction commits); False when
    there is nobody or nothing to write to."""
    if not user.email or not notifications:
        return False
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
        render_to_string("notifications/email/notifications.txt", context),
        [user.email],
        headers={  # one-click unsubscribe in the mail client itself (RFC 8058)
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    return True


def _mark_emailed(notifications):
    if notifications:
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
            emailed_at=timezone.now()
        )


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


def unsubscribe_url(user):
    token = signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)
    return links.absolute(reverse("notifications:unsubscribe", args=[token]))


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


def stop_emails_on_withdrawal(sender, user, **kwargs):
    """Receiver of `accounts.consent.policy_consent_withdrawn`."""
    stop_emails(user)
