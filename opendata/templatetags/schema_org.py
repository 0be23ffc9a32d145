"""`{% schema_org %}`: the schema.org JSON-LD of what the page shows (opendata/schema.py), once, in
templates/base.html's head."""

from django import template

from ..schema import script

register = template.Library()


@register.simple_tag(takes_context=True)
def schema_org(context):
    return script(context)
