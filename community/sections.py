"""The community's home section: the threads with the latest activity in public spaces."""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _

from core.sections import HomeSection

from .models import CommunityIndexPage
from .permissions import visible_threads


def active_threads(request):
    index = CommunityIndexPage.objects.live().public().first()
    if index is None:
        return None
    # Public spaces only, whoever is looking: the home page is the same for everyone.
    threads = (
        visible_threads(AnonymousUser())
        .select_related("space", "author")
        .order_by("-last_activity")[:6]
    )
    return HomeSection(
        title=_("Conversaciones activas en la comunidad"),
        items=list(threads),
        more_url=index.get_url(request),
        more_label=_("Ir a la comunidad"),
        template="community/includes/home_section.html",
    )
