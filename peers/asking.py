"""Asking a colleague: send, answer, report, publish with both consents, and the moderators'
review. Views call these; each checks what peers.permissions allows.

Notices go through the site-wide inbox (`notifications.notify.send`), so each person's e-mail
preference (each notice, daily digest, none) applies; they carry no text of the question beyond
its subject, and link to the question, which only the two people may open.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.identity import public_name
from notifications import kinds
from notifications.notify import send

from . import permissions
from .models import PeerProfile, Question

ASKED = kinds.register("colegas", gettext_lazy("Preguntas de colegas"))


def question_url(question):
    return reverse("peers:question", args=[question.pk])


@transaction.atomic
def ask(sender, recipient, page, subject, body, listed_ids):
    permissions.check_can_ask(sender, recipient, page, listed_ids)
    question = Question.objects.create(
        page=page, sender=sender, recipient=recipient, subject=subject.strip(), body=body.strip()
    )
    send(
        [recipient],
        ASKED,
        _("%(name)s le pregunta sobre «%(title)s»: %(subject)s")
        % {"name": public_name(sender), "title": page.title, "subject": question.subject},
        question_url(question),
        key=f"peers.question:{question.pk}",
    )
    return question


@transaction.atomic
def answer(user, question, text):
    if not permissions.can_answer(user, question):
        raise permissions.Refused(_("Esta pregunta ya no se puede responder."))
    question.answer = text.strip()
    question.answered_at = timezone.now()
    question.save(update_fields=["answer", "answered_at"])
    send(
        [question.sender],
        ASKED,
        _("%(name)s respondió su pregunta: %(subject)s")
        % {"name": public_name(user), "subject": question.subject},
        question_url(question),
        key=f"peers.answer:{question.pk}",
    )


def set_publishing(user, question, publish):
    """Record this person's yes or no; the exchange is public only while both say yes."""
    if not permissions.can_choose_publishing(user, question):
        raise permissions.Refused(_("Esta pregunta no se puede publicar."))
    field = "sender_publishes" if user.pk == question.sender_id else "recipient_publishes"
    was_published = question.is_published
    setattr(question, field, bool(publish))
    question.save(update_fields=[field])
    other = question.recipient if field == "sender_publishes" else question.sender
    if publish and not question.is_published and other is not None:
        send(
            [other],
            ASKED,
            _("%(name)s propone publicar la pregunta «%(subject)s» y su respuesta")
            % {"name": public_name(user), "subject": question.subject},
            question_url(question),
            key=f"peers.publish:{question.pk}:{user.pk}",
        )
    return was_published, question.is_published


def report(user, question, reason):
    """Hides the question from its recipient and puts it before the moderators."""
    if not permissions.can_report(user, question):
        raise permissions.Refused(_("Esta pregunta ya fue reportada."))
    question.reported_at = timezone.now()
    question.report_reason = reason.strip()[:300]
    question.report_status = Question.Report.OPEN
    question.save(update_fields=["reported_at", "report_reason", "report_status"])


def reported_questions():
    return Question.objects.filter(reported_at__isnull=False).select_related(
        "sender__peer_profile", "recipient", "page"
    )


def dismiss_report(question):
    question.report_status = Question.Report.DISMISSED
    question.save(update_fields=["report_status"])


@transaction.atomic
def block_sender(moderator, question):
    """The sender may not ask anyone again until a moderator lifts it in the admin."""
    if question.sender_id is None:
        return
    profile, _created = PeerProfile.objects.get_or_create(user_id=question.sender_id)
    profile.blocked_at = timezone.now()
    profile.blocked_by = moderator
    profile.save(update_fields=["blocked_at", "blocked_by"])
    Question.objects.filter(
        sender_id=question.sender_id, report_status=Question.Report.OPEN
    ).update(report_status=Question.Report.BLOCKED)


def unblock(user):
    PeerProfile.objects.filter(user=user).update(blocked_at=None, blocked_by=None)


def inbox(user):
    """(received, sent): received leaves out what the member reported."""
    base = Question.objects.select_related("page", "sender__profile", "recipient__profile")
    received = base.filter(recipient=user, reported_at__isnull=True)
    return list(received), list(base.filter(sender=user))
