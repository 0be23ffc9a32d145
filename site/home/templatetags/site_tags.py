"""Template helpers shared by every listing."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def querystring_without(context, param, value):
    """The current query string minus one chosen value (and the page number), for filter chips."""
    params = context["request"].GET.copy()
    params.setlist(param, [v for v in params.getlist(param) if v != str(value)])
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
