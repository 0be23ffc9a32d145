"""The library's section on the home page: the latest published guides, lessons and practices."""

from django.utils.translation import gettext as _

from siteconf.home.sections import HomeSection

from .models import LibraryIndexPage


def latest_library_items(request):
    index = LibraryIndexPage.objects.live().public().order_by("depth", "path").first()
    if index is None:
        return None
    items = list(index.items().order_by("-publication_date", "-pk")[:6])
    return HomeSection(
        title=_("Novedades en la biblioteca"),
        items=items,
        more_url=index.get_url(request),
        more_label=_("Ver toda la biblioteca"),
    )
