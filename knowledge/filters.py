"""Faceted filtering of library items, driven entirely by the query string.

Within one facet, chosen values combine with OR; across facets, with AND. Each facet's counts
are computed with every *other* facet applied, so a visitor sees how many items each choice
would give (the way good catalogue sites do it). One COUNT query per facet, no N+1.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

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
        """The values asked for in the query string; a number facet ignores what is not one.

        NUL characters never belong to a term and PostgreSQL refuses them in a query.
        """
        values = [v for v in params.getlist(self.param) if v.strip() and "\x00" not in v]
        return [v for v in values if v.isdecimal()] if self.numeric else values

    def values_for(self, queryset):
        return (
            queryset.filter(**{f"{self.value_path}__isnull": False})
            .values(self.value_path, self.label_path)
            .annotate(count=Count("pk", distinct=True))
            .order_by(self.order_path or self.label_path)
        )

    def matching(self, model, values):
        """The pks of `model` rows having any of `values` in this dimension."""
        return model.objects.filter(**{f"{self.value_path}__in": values}).values("pk")


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

    def __init__(self, base_queryset, params):
        self.base = base_queryset
        self.selected = {d.param: d.chosen(params) for d in self.dimensions}
        sort = params.get("orden")
        self.sort = sort if sort in self.sorts else self.default_sort

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
            facet.options += [FacetOption(v, v, 0, True) for v in chosen - shown]
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
