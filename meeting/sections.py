"""The meeting's section on the home page: the current or next edition."""

from django.utils import timezone
from django.utils.translation import gettext as _

from core.sections import HomeSection

from .models import EditionPage


def current_edition(today=None):
    """The edition not yet over with the earliest end date, else the most recent one."""
    today = today or timezone.localdate()
    editions = EditionPage.objects.live().public()
    return (
        editions.filter(ends_on__gte=today).order_by("ends_on").first()
        or editions.order_by("-year").first()
    )


def current_edition_section(request):
    edition = current_edition()
    if edition is None:
        return None
    index = edition.get_parent()
    return HomeSection(
        title=_("Encuentro anual de buenas prácticas"),
        items=[edition],
        more_url=index.get_url(request),
        more_label=_("Ver todas las ediciones"),
    )
