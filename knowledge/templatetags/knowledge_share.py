"""`{% library_share page as share %}`: a library item's share links; a practice's carry its
replication kit text (knowledge.sharing)."""

from django import template

from ..sharing import library_share as share_of_item

register = template.Library()


@register.simple_tag(takes_context=True)
def library_share(context, page):
    return share_of_item(page, context.get("request"))
