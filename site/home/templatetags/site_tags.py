"""Template helpers shared by every listing."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def querystring_without(context, param, value):
    """The listing's chosen filters minus one value (and the page number), for filter chips."""
    params = context["listing_filter"].params()
    params.setlist(param, [v for v in params.getlist(param) if v != str(value)])
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
