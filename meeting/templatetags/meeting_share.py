"""`{% winner_share nomination as share %}`: a winning practice's share links and kit text, for
the edition's showcase (meeting.sharing)."""

from django import template

from ..sharing import winner_share as share_of_winner

register = template.Library()


@register.simple_tag(takes_context=True)
def winner_share(context, nomination):
    return share_of_winner(nomination, context.get("request"))
