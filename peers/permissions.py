"""Who may ask whom, read which question, publish it, and review reports: the one place every
view, list and template asks.

A question is read by the two people in it, never by anyone else on the site (moderators see
the reported ones in the admin, with `peers.moderate_peer_questions`, granted to "Moderadores" by
migration); the recipient stops seeing one they reported. Everyone who is not one of the two
gets a 404, as the community does for what a user may not read.
"""

from django.utils.translation import gettext as _

from knowledge.permissions import accepts_adoption

from .consent import is_blocked, is_contactable

MODERATE = "peers.moderate_peer_questions"


class Refused(Exception):
    """Why a member may not ask; the message is shown to them."""


def may_be_asked_about(page):
    """Live, public guides and practices: where the list and the questions appear."""
    return accepts_adoption(page)


def check_can_ask(sender, recipient, page, listed_ids):
    """Raises Refused unless `sender` may ask `recipient` about `page`. `listed_ids`: the members
    the item lists as contactable (peers.people), so nobody is reached outside the list."""
    if not sender.is_authenticated:
        raise Refused(_("Inicie sesión para escribirle a un colega."))
    if not may_be_asked_about(page):
        raise Refused(_("Sobre este recurso no se reciben preguntas."))
    if recipient.pk == sender.pk:
        raise Refused(_("No puede enviarse una pregunta a usted mismo."))
    if not is_contactable(recipient) or recipient.pk not in listed_ids:
        raise Refused(_("Este colega no recibe preguntas por la plataforma."))
    if is_blocked(sender):
        raise Refused(
            _(
                "Los moderadores bloquearon sus preguntas a colegas. Escríbales si cree que es "
                "un error."
            )
        )


def can_read(user, question):
    if not user.is_authenticated:
        return False
    if question.sender_id == user.pk:
        return True
    return question.recipient_id == user.pk and question.reported_at is None


def can_answer(user, question):
    return (
        question.recipient_id == user.pk
        and question.reported_at is None
        and not question.answered
        and question.sender_id is not None
    )


def can_report(user, question):
    return question.recipient_id == user.pk and question.reported_at is None


def can_choose_publishing(user, question):
    """Either person, once there is an answer and nothing reported."""
    return (
        question.answered
        and bool(question.answer)
        and question.reported_at is None
        and user.pk in {question.sender_id, question.recipient_id}
    )


def can_moderate(user):
    return user.is_authenticated and user.has_perm(MODERATE)
