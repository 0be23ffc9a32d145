"""The catalogue's facets: the library's filter engine with course and cohort dimensions.

Course dimensions (modality, provider, capacity, sector) filter courses; cohort dimensions
(department, open enrolment, start date) filter courses that have a matching cohort, and the
calendar and iCal feed then show only those matching cohorts.
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from knowledge.filters import Dimension, LibraryFilter

from .models.cohorts import Cohort, CohortQuerySet, month_bounds, quarter_bounds
from .models.course import CoursePage


@dataclass(frozen=True)
class ChoiceDimension(Dimension):
    """A field with choices: counts by stored value, labels from the choices."""

    choices: tuple = ()

    def known(self, model, values):
        labels = dict(self.choices)
        return {v: labels[v] for v in values if v in labels}

    def values_for(self, queryset):
        rows = queryset.values(self.value_path).annotate(count=Count("pk", distinct=True))
        counts = {row[self.value_path]: row["count"] for row in rows.order_by()}
        return [
            {self.value_path: value, self.label_path: label, "count": counts[value]}
            for value, label in self.choices
            if value in counts
        ]


@dataclass(frozen=True)
class CohortDimension(Dimension):
    """Named cohort conditions ("abiertas", "este-mes"): a course matches if a cohort does."""

    options: tuple = ()  # (value, label, function returning a Q on Cohort with a field prefix)

    def known(self, model, values):
        labels = {value: label for value, label, _q in self.options}
        return {v: labels[v] for v in values if v in labels}

    def cohort_q(self, values):
        condition = Q(pk__in=[])
        for value, _label, make_q in self.options:
            if value in values:
                condition |= make_q("")
        return condition

    def values_for(self, queryset):
        rows = []
        for value, label, make_q in self.options:
            count = queryset.filter(make_q("cohorts__")).distinct().count()
            if count:
                rows.append({self.value_path: value, self.label_path: label, "count": count})
        return rows

    def matching(self, model, values):
        return Cohort.objects.filter(self.cohort_q(values)).values("course_id")


DEPARTMENT = Dimension(
    "departamento",
    _("Departamento"),
    "cohorts__municipality__department__code",
    "cohorts__municipality__department__name",
)
ENROLMENT = CohortDimension(
    "inscripciones",
    _("Inscripciones"),
    "value",
    "label",
    options=(("abiertas", _("Inscripciones abiertas"), CohortQuerySet.open_q),),
)
START = CohortDimension(
    "inicio",
    _("Inicio"),
    "value",
    "label",
    options=(
        ("este-mes", _("Empieza este mes"), lambda p: CohortQuerySet.starting_q(month_bounds, p)),
        (
            "este-trimestre",
            _("Empieza este trimestre"),
            lambda p: CohortQuerySet.starting_q(quarter_bounds, p),
        ),
    ),
)

DIMENSIONS = (
    ENROLMENT,
    START,
    ChoiceDimension("modalidad", _("Modalidad"), "modality", "label",
                    choices=tuple(CoursePage.Modality.choices)),
    Dimension("nivel", _("Nivel de capacidad"), "capacity_levels__slug", "capacity_levels__name",
              "capacity_levels__sort_order"),
    Dimension("tipo", _("Tipo de capacidad"), "capacity_types__slug", "capacity_types__name",
              "capacity_types__sort_order"),
    Dimension("sector", _("Sector"), "sectors__slug", "sectors__name"),
    Dimension("entidad", _("Entidad oferente"), "entity__slug", "entity__name"),
    DEPARTMENT,
)  # fmt: skip


class CatalogueFilter(LibraryFilter):
    model = CoursePage
    dimensions = DIMENSIONS
    sorts = {"titulo": ("title", "pk"), "codigo": ("code", "pk")}
    sort_labels = {"titulo": _("Título (A–Z)"), "codigo": _("Código")}
    default_sort = "titulo"


def matching_cohorts(catalogue):
    """Cohorts of the chosen courses that also meet the chosen cohort conditions."""
    cohorts = Cohort.objects.filter(course__in=catalogue.results.values("pk"))
    for dimension in (ENROLMENT, START):
        values = catalogue.selected[dimension.param]
        if values:
            cohorts = cohorts.filter(dimension.cohort_q(values))
    departments = catalogue.selected[DEPARTMENT.param]
    if departments:
        cohorts = cohorts.filter(municipality__department__code__in=departments)
    return cohorts.with_counts().select_related("course", "municipality__department")
