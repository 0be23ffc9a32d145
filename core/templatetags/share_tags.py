"""`{% page_share page as share %}`: the share links of any page (title, summary, address), for
`includes/share_links.html`; areas with a text of their own have their own tag."""

from django import template

from core.sharing import page_share_text, share_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_share(context, page):
    url = page.get_full_url(context.get("request"))
    return share_links(url, page.title, page_share_text(page, url))
