"""`{% meeting_honours practice as honours %}`: a practice's published finalist/winner marks."""

from django import template

from ..models import Nomination

register = template.Library()


@register.simple_tag
def meeting_honours(practice):
    return list(
        Nomination.objects.filter(
            practice=practice,
            status__in=Nomination.HONOURED,
            edition__show_results=True,
            edition__live=True,
        )
        .select_related("edition")
        .order_by("-edition__year")
    )
