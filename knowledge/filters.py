"""Faceted filtering of library items, driven entirely by the query string.

Within one facet, chosen values combine with OR; across facets, with AND. Each facet's counts
are computed with every *other* facet applied, so a visitor sees how many items each choice
would give (the way good catalogue sites do it). One COUNT query per facet, no N+1.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from reference.comparable import (
    LIKE_MINE,
    can_compare,
    comparable_municipalities,
    comparison_label,
)
from search.params import asked_values

from .models.base import KnowledgePage


@dataclass(frozen=True)
class Dimension:
    param: str
    label: str
    value_path: str
    label_path: str
    order_path: str = ""
    numeric: bool = False

    def chosen(self, params):
        return asked_values(params, self.param)

    def known(self, model, values):
        """{value: label} for those of `values` that the vocabulary holds, in the order asked. A
        made-up value finds nothing, and would only be repeated in every link of the page; the
        label names a chosen value even when the current results no longer hold it."""
        if self.numeric:
            return {v: v for v in values if v.isdecimal() and len(v) <= 4}
        *relations, field = self.value_path.split("__")
        label = self.label_path.split("__")[-1]
        for name in relations:
            model = model._meta.get_field(name).related_model
        held = model._default_manager.filter(**{f"{field}__in": values}).values_list(field, label)
        held = {str(value): name for value, name in held}
        return {v: held[v] for v in values if v in held}

    def values_for(self, queryset):
        """Ordinal vocabularies (levels, stages, years) in their own order; the others most used
        first, as library catalogues do: the options past the fold are the rarest."""
        order = (self.order_path,) if self.order_path else ("-count", self.label_path)
        return (
            queryset.filter(**{f"{self.value_path}__isnull": False})
            .values(self.value_path, self.label_path)
            .annotate(count=Count("pk", distinct=True))
            .order_by(*order)
        )

    def matching(self, model, values):
        """The pks of `model` rows having any of `values` in this dimension."""
        return model.objects.filter(**{f"{self.value_path}__in": values}).values("pk")


@dataclass(frozen=True)
class LikeMineDimension(Dimension):
    """Items from municipalities comparable to the member's (reference.comparable): one
    option, "1", labelled with what comparable means for them. Offered only to a member whose
    municipality can be compared; the comparable set is read from the reference data at each
    request, so a corrected category or PDET status applies at once."""

    municipality: object = None

    def known(self, model, values):
        return {"1": comparison_label(self.municipality)} if "1" in values else {}

    def values_for(self, queryset):
        """Always the one option, even at (0): the member sees the facet exists for them."""
        count = queryset.filter(pk__in=self.matching(queryset.model, ["1"])).count()
        return [{"value": "1", "label": comparison_label(self.municipality), "count": count}]

    def matching(self, model, values):
        comparable = comparable_municipalities(self.municipality)
        return model.objects.filter(municipalities__in=comparable).values("pk")


def like_mine_dimension(municipality):
    return LikeMineDimension(
        LIKE_MINE, _("Municipios como el mío"), "value", "label", municipality=municipality
    )


DIMENSIONS = (
    Dimension("nivel", _("Nivel de capacidad"), "capacity_levels__slug", "capacity_levels__name",
              "capacity_levels__sort_order"),
    Dimension("tipo", _("Tipo de capacidad"), "capacity_types__slug", "capacity_types__name",
              "capacity_types__sort_order"),
    Dimension("sector", _("Sector"), "sectors__slug", "sectors__name"),
    Dimension("etapa", _("Etapa del ciclo de gestión"), "cycle_stages__slug", "cycle_stages__name",
              "cycle_stages__sort_order"),
    Dimension("entidad", _("Entidad"), "entity__slug", "entity__name"),
    Dimension("departamento", _("Departamento"), "departments__code", "departments__name"),
    Dimension("anio", _("Año"), "publication_date__year", "publication_date__year",
              "-publication_date__year", numeric=True),
    Dimension("etiqueta", _("Etiqueta"), "tags__slug", "tags__name"),
)  # fmt: skip

SORTS = {
    "reciente": ("-publication_date", "-pk"),
    "titulo": ("title", "pk"),
}
SORT_LABELS = {"reciente": _("Más recientes"), "titulo": _("Título (A–Z)")}
DEFAULT_SORT = "reciente"


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    dimension: Dimension
    options: list = field(default_factory=list)

    @property
    def param(self):
        return self.dimension.param

    @property
    def label(self):
        return self.dimension.label

    @property
    def has_selection(self):
        return any(option.selected for option in self.options)


class LibraryFilter:
    """Reads the chosen facet values from a QueryDict and applies them to a base queryset.

    Other catalogues reuse it by overriding `model`, `dimensions`, `sorts` and `default_sort`.
    """

    model = KnowledgePage
    dimensions = DIMENSIONS
    sorts = SORTS
    sort_labels = SORT_LABELS
    default_sort = DEFAULT_SORT

    def __init__(self, base_queryset, params, municipality=None):
        """`municipality`: the member's, which adds the "Municipios como el mío" facet first
        when it can be compared (never for visitors, feeds or other catalogues)."""
        self.base = base_queryset
        if can_compare(municipality):
            self.dimensions = (like_mine_dimension(municipality), *self.dimensions)
        self.selected, self.chosen_names = {}, {}
        for dimension in self.dimensions:
            chosen = dimension.chosen(params)
            names = dimension.known(self.model, chosen) if chosen else {}
            self.selected[dimension.param] = list(names)
            self.chosen_names[dimension.param] = names
        sort = params.get("orden")
        self.sort_asked = sort in self.sorts
        self.sort = sort if self.sort_asked else self.default_sort

    def params(self):
        """The chosen filters and order as a QueryDict: what links carry over, rather than the
        query string that was sent (which may hold anything, a thousand times)."""
        params = QueryDict(mutable=True)
        for param, values in self.selected.items():
            params.setlist(param, values)
        if self.sort_asked:
            params["orden"] = self.sort
        return params

    @property
    def query_string(self):
        """`params()` for a link: "?sector=salud", or "" when nothing is chosen."""
        encoded = self.params().urlencode()
        return f"?{encoded}" if encoded else ""

    @property
    def is_active(self):
        return any(self.selected.values())

    def apply(self, queryset, skip=None):
        for dimension in self.dimensions:
            values = self.selected[dimension.param]
            if values and dimension is not skip:
                queryset = queryset.filter(pk__in=dimension.matching(self.model, values))
        return queryset

    @property
    def sort_options(self):
        """(value, label, selected) for the "Ordenar por" select."""
        return [(key, label, key == self.sort) for key, label in self.sort_labels.items()]

    @property
    def results(self):
        return self.apply(self.base).order_by(*self.sorts[self.sort])

    def facets(self):
        facets = []
        for dimension in self.dimensions:
            chosen = {str(v) for v in self.selected[dimension.param]}
            facet = Facet(dimension)
            for row in dimension.values_for(self.apply(self.base, skip=dimension)):
                value = str(row[dimension.value_path])
                facet.options.append(
                    FacetOption(
                        value, str(row[dimension.label_path]), row["count"], value in chosen
                    )
                )
            # A chosen value that no longer matches anything stays visible, so it can be removed.
            shown = {option.value for option in facet.options}
            names = self.chosen_names[dimension.param]
            facet.options += [
                FacetOption(v, str(names[v]), 0, True) for v in names if v not in shown
            ]
            if facet.options:
                facets.append(facet)
        return facets

    def chosen_labels(self, facets):
        """The active choices as (facet label, option label, param, value), for removable chips."""
        return [
            (facet.label, option.label, facet.param, option.value)
            for facet in facets
            for option in facet.options
            if option.selected
        ]


def listing_context(listing_filter, request, per_page):
    """The page of results, the facets and the removable chips of a faceted listing."""
    facets = listing_filter.facets()
    paginator = Paginator(listing_filter.results, per_page)
    return {
        "results": paginator.get_page(request.GET.get("page")),
        "facets": facets,
        "chosen": listing_filter.chosen_labels(facets),
        "listing_filter": listing_filter,
    }
