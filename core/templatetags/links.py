"""`{% absolute "/sitemap.xml" %}`: a path of this site as an absolute URL (`core.links`)."""

from django import template

from core.links import absolute as absolute_url

register = template.Library()


@register.simple_tag
def absolute(path):
    return absolute_url(str(path))
