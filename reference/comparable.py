"""Which municipalities are "como el mío": the rule behind the library facet, the home picks and
each municipality's page.

Comparable means the same fiscal category (Ley 617 de 2000) AND either the same PDET status or
the same MDM capacity group. Category alone is too coarse (a sixth-category PDET municipality in
Catatumbo and a sixth-category commuter town near Bogotá face different problems); requiring all
three leaves most members with no matches in a young library. Category sets the budget rules a
practice must fit; PDET or MDM group says whether the context is similar enough to copy it.

Where the category is not known yet (most of the territory ships without one, see
reference/data/README.md), a PDET municipality is compared with its PDET subregion, which shares
the same development programme. Otherwise nothing is comparable, and nothing is offered: the
facet never appears when the rule would find no other municipality.
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


def comparison_rule(municipality):
    """The condition a comparable municipality meets, or None when there is none."""
    if municipality is None:
        return None
    if municipality.category:
        context = Q(is_pdet=municipality.is_pdet)
        if municipality.mdm_group:
            context |= Q(mdm_group=municipality.mdm_group)
        return Q(category=municipality.category) & context
    if municipality.is_pdet and municipality.pdet_subregion:
        return Q(is_pdet=True, pdet_subregion=municipality.pdet_subregion)
    return None


def comparable_municipalities(municipality):
    """The member's own municipality included: its practices are the most comparable of all."""
    rule = comparison_rule(municipality)
    if rule is None:
        return Municipality.objects.none()
    return Municipality.objects.filter(rule)


def can_compare(municipality):
    """Offered only when the rule finds at least one other municipality (one query)."""
    if comparison_rule(municipality) is None:
        return False
    return comparable_municipalities(municipality).exclude(pk=municipality.pk).exists()


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


def comparison_words(municipality):
    """What comparable means for this municipality, in plain words, e.g. "de sexta categoría que
    son PDET o están en su mismo grupo de capacidades"."""
    if municipality.category:
        words = f"de {CATEGORY_ORDINALS[municipality.category]} que "
        words += "son PDET" if municipality.is_pdet else "no son PDET"
        if municipality.mdm_group:
            words += " o están en su mismo grupo de capacidades"
        return words
    return f"PDET de la subregión {municipality.pdet_subregion}"


def comparison_label(municipality):
    """What the UI says the facet means, e.g. "Municipios como el mío: de sexta categoría que
    son PDET o están en su mismo grupo de capacidades"."""
    return f"Municipios como el mío: {comparison_words(municipality)}"


def comparison_explanation(municipality):
    """A sentence for the municipality's page: why these municipalities and not others."""
    if municipality.category:
        text = (
            f"Son municipios {comparison_words(municipality)}. La categoría (Ley 617 de 2000) "
            "fija las reglas de presupuesto que una práctica debe cumplir"
        )
        if municipality.mdm_group:
            text += (
                "; ser PDET o estar en el mismo grupo de capacidades de la Medición de "
                "Desempeño Municipal dice si el contexto se parece lo bastante para copiarla."
            )
        else:
            text += "; ser o no PDET dice si el contexto se parece lo bastante para copiarla."
        return text
    return (
        f"Son los municipios PDET de la subregión {municipality.pdet_subregion}, que comparten "
        "el mismo programa de desarrollo. Cuando se conozca la categoría del municipio, la "
        "comparación la tendrá en cuenta."
    )
