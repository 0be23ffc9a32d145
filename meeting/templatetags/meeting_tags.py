"""`{% meeting_honours practice as honours %}`: the meeting editions a practice was nominated to.

Each entry is a nomination to a live edition, with `honoured` set only for a finalist or winner
whose edition has published its results: before that, a nomination reads as "postulada", so the
jury's decision does not leak through the library page.
"""

from django import template

from ..models import Nomination

register = template.Library()


@register.simple_tag
def meeting_honours(practice):
    nominations = list(
        Nomination.objects.filter(practice=practice, edition__live=True)
        .select_related("edition")
        .order_by("-edition__year")
    )
    for nomination in nominations:
        nomination.honoured = (
            nomination.edition.results_published and nomination.status in Nomination.HONOURED
        )
    return nominations
