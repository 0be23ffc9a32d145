"""What the embeddable lists hold: a department's good practices and the upcoming courses, read
from the same query string as the library and the training catalogue (`?departamento=52`,
`&sector=salud`…), for municipal and departmental websites (views.py frames them).

Only live, public pages appear (drafts, unpublished and restricted ones never do), and a
department code the reference data does not hold is refused with a message instead of being
ignored, which would silently show the whole country.
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext as _

from knowledge.filters import LibraryFilter
from knowledge.models import LibraryIndexPage, PracticePage
from reference.models import Department
from search.params import asked_values
from training.filters import CatalogueFilter, matching_cohorts
from training.models import CoursePage, TrainingPlanPage

DEPARTMENT = "departamento"
MOST_ITEMS = 12  # per list: an iframe shows a few, and the whole answer stays under 20 KB


class UnknownDepartment(ValueError):
    """A `departamento` value that is not a DANE department code of the reference data."""

    def __init__(self, code):
        self.code = code
        super().__init__(
            _(
                "No hay un departamento con el código «%(code)s». Use el código DANE de dos "
                "dígitos, por ejemplo 52 para Nariño o 05 para Antioquia."
            )
            % {"code": code}
        )


@dataclass
class EmbedList:
    title: str
    items: list
    departments: list
    more_url: str = ""
    online: list = field(default_factory=list)  # courses: online cohorts, open to every place


def departments_asked(params):
    """The departments named by `departamento` (repeatable), in the order asked."""
    codes = asked_values(params, DEPARTMENT)
    found = {d.code: d for d in Department.objects.filter(code__in=codes)}
    for code in codes:
        if code not in found:
            raise UnknownDepartment(code)
    return [found[code] for code in codes]


def _names(departments):
    return ", ".join(d.name for d in departments)


def _listing_url(index, listing_filter):
    return index.url + listing_filter.query_string if index else ""


def department_practices(params, limit=MOST_ITEMS):
    """Live, public good practices of the asked departments (any other library facet applies
    too), newest first."""
    departments = departments_asked(params)
    practices = LibraryFilter(PracticePage.objects.live().public(), params)
    library = LibraryIndexPage.objects.live().public().order_by("depth", "path").first()
    title = (
        _("Buenas prácticas de %(place)s") % {"place": _names(departments)}
        if departments
        else _("Buenas prácticas de la asistencia técnica territorial")
    )
    return EmbedList(
        title=title,
        items=list(practices.results.select_related("entity")[:limit]),
        departments=departments,
        more_url=_listing_url(library, practices),
    )


def upcoming_courses(params, limit=MOST_ITEMS):
    """Cohorts that have not started yet (not cancelled) of live, public courses, soonest first,
    with the catalogue's filters; with a department, also the online cohorts anyone can take."""
    departments = departments_asked(params)
    courses = CoursePage.objects.live().public()
    catalogue = CatalogueFilter(courses, params)
    cohorts = list(matching_cohorts(catalogue).upcoming()[:limit])
    online = []
    if departments:
        anywhere = QueryDict(mutable=True)
        anywhere.update(params)
        anywhere.pop(DEPARTMENT, None)
        online = list(
            matching_cohorts(CatalogueFilter(courses, anywhere))
            .upcoming()
            .filter(online=True, municipality__isnull=True)[: limit // 2]
        )
    plan = TrainingPlanPage.objects.live().public().order_by("depth", "path").first()
    title = (
        _("Próximos cursos en %(place)s") % {"place": _names(departments)}
        if departments
        else _("Próximos cursos de formación")
    )
    return EmbedList(
        title=title,
        items=cohorts,
        departments=departments,
        more_url=_listing_url(plan, catalogue),
        online=online,
    )
