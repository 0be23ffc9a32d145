"""The library's sections on the home page: practices from municipalities like the member's, and
the latest published guides, lessons and practices."""

from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext as _

from core.sections import HomeSection
from reference.comparable import (
    LIKE_MINE,
    can_compare,
    comparable_municipalities,
    comparison_label,
    municipality_of,
)

from .models import LibraryIndexPage, PracticePage

LIKE_MINE_CARDS = 3

# Best first: what the meeting featured, then what editors validated, then the rest.
VALIDATION_RANK = Case(
    When(validation_status=PracticePage.Validation.FEATURED, then=Value(0)),
    When(validation_status=PracticePage.Validation.VALIDATED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def main_library():
    return LibraryIndexPage.objects.live().public().order_by("depth", "path").first()


def practices_like_mine(index, municipality, count=LIKE_MINE_CARDS):
    """Public practices of the library from municipalities comparable to `municipality`, best
    then newest first, in one query."""
    comparable = PracticePage.objects.filter(
        municipalities__in=comparable_municipalities(municipality)
    )
    return list(
        PracticePage.objects.live()
        .public()
        .descendant_of(index)
        .filter(pk__in=comparable.values("pk"))
        .order_by(VALIDATION_RANK, "-publication_date", "-pk")[:count]
    )


def like_mine_section(request):
    """For a member whose municipality can be compared; visitors' home stays as it was."""
    municipality = municipality_of(request.user)
    index = main_library() if can_compare(municipality) else None
    if index is None:
        return None
    return HomeSection(
        title=_("Prácticas de municipios como el suyo"),
        intro=comparison_label(municipality),
        items=practices_like_mine(index, municipality),
        more_url=f"{index.get_url(request)}?{LIKE_MINE}=1",
        more_label=_("Ver todo lo de municipios como el suyo"),
    )


def latest_library_items(request):
    index = main_library()
    if index is None:
        return None
    items = list(index.items().order_by("-publication_date", "-pk")[:6])
    return HomeSection(
        title=_("Novedades en la biblioteca"),
        items=items,
        more_url=index.get_url(request),
        more_label=_("Ver toda la biblioteca"),
    )
