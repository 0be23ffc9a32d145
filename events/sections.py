"""The events section of the home page: the next public events."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.sections import HomeSection

from .permissions import visible_events

HOME_COUNT = 3


def upcoming_events(request):
    events = visible_events(request.user).upcoming().filter(status="publicado").for_lists()
    return HomeSection(
        title=_("Próximos eventos"),
        items=list(events[:HOME_COUNT]),
        more_url=reverse("events:upcoming"),
        more_label=_("Ver todos los eventos y el calendario"),
        template="events/includes/home_section.html",
    )
