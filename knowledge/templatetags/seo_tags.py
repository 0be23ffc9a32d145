"""`{% seo_meta as seo %}` and `{{ seo.structured_data|json_ld }}` for `includes/seo.html`."""

from django import template

from ..seo import json_ld_script, page_metadata

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_meta(context):
    return page_metadata(context.get("request"), context.get("page"))


@register.filter
def json_ld(data):
    return json_ld_script(data) if data else ""
