"""Template tags other areas use to point at community conversations, within what users may read."""

from django import template

from ..permissions import visible_threads

register = template.Library()


@register.simple_tag(takes_context=True)
def practice_threads(context, page):
    """The conversations that shared this practice, that the current user may open."""
    request = context.get("request")
    if request is None:
        return []
    return list(visible_threads(request.user).filter(practice_id=page.pk).select_related("space"))
