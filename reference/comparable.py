"""Which municipalities are "como el mío": the rule behind the library facet and home picks.

Comparable means the same fiscal category (Ley 617 de 2000) AND either the same PDET status or
the same MDM capacity group. Category alone is too coarse (a sixth-category PDET municipality in
Catatumbo and a sixth-category commuter town near Bogotá face different problems); requiring all
three leaves most members with no matches in a young library. Category sets the budget rules a
practice must fit; PDET or MDM group says whether the context is similar enough to copy it.
"""

from django.db.models import Q

from .models import Municipality

# The URL parameter of the facet, the same on the library and the site search.
LIKE_MINE = "como_el_mio"

CATEGORY_ORDINALS = {
    "E": "categoría especial",
    "1": "primera categoría",
    "2": "segunda categoría",
    "3": "tercera categoría",
    "4": "cuarta categoría",
    "5": "quinta categoría",
    "6": "sexta categoría",
}


def can_compare(municipality):
    """Without a category there is nothing to compare on; the facet is then not offered."""
    return bool(municipality and municipality.category)


def municipality_of(user):
    """The municipality on the member's profile, in one query; None for visitors and members
    who have not set one."""
    if not user.is_authenticated:
        return None
    return Municipality.objects.filter(profile__user=user).first()


def needs_municipality(user, municipality):
    """A member who could use the facet once their profile says where they work: the page then
    links to the profile instead of offering it."""
    return user.is_authenticated and municipality is None


def comparable_municipalities(municipality):
    """The member's own municipality included: its practices are the most comparable of all."""
    if not can_compare(municipality):
        return Municipality.objects.none()
    context = Q(is_pdet=municipality.is_pdet)
    if municipality.mdm_group:
        context |= Q(mdm_group=municipality.mdm_group)
    return Municipality.objects.filter(Q(category=municipality.category) & context)


def comparison_label(municipality):
    """What the UI says the facet means, e.g. "Municipios como el mío (sexta categoría, PDET)"."""
    context = "PDET" if municipality.is_pdet else "no PDET"
    if municipality.mdm_group:
        context += f" o grupo MDM {municipality.mdm_group}"
    return f"Municipios como el mío ({CATEGORY_ORDINALS[municipality.category]}, {context})"
