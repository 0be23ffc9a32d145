"""Section 1: demand. What people search for (and do not find), and the community's questions
still without an accepted answer, by space and by the asker's department.

Searches are logged without who searched, so the department filter cannot apply to them; the
page says so. Hidden threads and threads waiting for approval are left out.
"""

from django.db.models import Count, Q, Value
from django.db.models.functions import Coalesce, Lower
from django.utils.translation import gettext_lazy as _

from community.models import Thread
from search.models import SearchQueryLog

from .figures import ROWS, Figure, figure

SEARCH_NOTE = _(
    "Las búsquedas se registran sin datos de quién buscó: no se filtran por departamento."
)


def _searches(filters, zero_results):
    """The most searched queries (case folded), as the search demand report counts them."""
    logs = SearchQueryLog.objects.filter(
        created_at__gte=filters.period[0], created_at__lt=filters.period[1]
    )
    if zero_results:
        logs = logs.filter(result_count=0)
    return list(
        logs.annotate(normalised=Lower("query"))
        .values("normalised")
        .annotate(searches=Count("pk"))
        .order_by("-searches", "normalised")
        .values_list("normalised", "searches")[:ROWS]
    )


@figure("busquedas")
def top_searches(filters):
    return Figure(
        slug="busquedas",
        title=_("Consultas más frecuentes"),
        columns=(_("Consulta"), _("Búsquedas")),
        rows=_searches(filters, zero_results=False),
        note=SEARCH_NOTE,
        empty=_("Sin búsquedas en este periodo."),
    )


@figure("busquedas-sin-resultados")
def zero_result_searches(filters):
    return Figure(
        slug="busquedas-sin-resultados",
        title=_("Consultas sin resultados"),
        columns=(_("Consulta"), _("Búsquedas")),
        rows=_searches(filters, zero_results=True),
        note=_("Lo que se busca y no se encuentra: demanda que las entidades pueden atender."),
        empty=_("Ninguna búsqueda quedó sin resultados en este periodo."),
    )


def questions(filters):
    """Visible questions asked in the period (by askers of the chosen department)."""
    threads = Thread.objects.filter(
        category=Thread.Category.QUESTION,
        hidden=False,
        approved=True,
        created__gte=filters.period[0],
        created__lt=filters.period[1],
    )
    if filters.department:
        threads = threads.filter(author__profile__department=filters.department)
    return threads


def _question_counts(threads, group_by):
    return (
        threads.values(group_by)
        .annotate(
            asked=Count("pk"),
            unanswered=Count("pk", filter=Q(solution__isnull=True)),
        )
        .order_by("-unanswered", "-asked", group_by)
        .values_list(group_by, "unanswered", "asked")[:ROWS]
    )


QUESTION_COLUMNS = (_("Preguntas sin respuesta aceptada"), _("Preguntas hechas"))


@figure("preguntas-por-espacio")
def unanswered_by_space(filters):
    return Figure(
        slug="preguntas-por-espacio",
        title=_("Preguntas sin respuesta aceptada, por espacio"),
        columns=(_("Espacio"), *QUESTION_COLUMNS),
        rows=list(_question_counts(questions(filters), "space__title")),
        series=(1, 2),
        empty=_("Sin preguntas en este periodo."),
    )


@figure("preguntas-por-departamento")
def unanswered_by_department(filters):
    threads = questions(filters).annotate(
        place=Coalesce("author__profile__department__name", Value(str(_("Sin departamento"))))
    )
    return Figure(
        slug="preguntas-por-departamento",
        title=_("Preguntas sin respuesta aceptada, por departamento de quien pregunta"),
        columns=(_("Departamento"), *QUESTION_COLUMNS),
        rows=list(_question_counts(threads, "place")),
        series=(1, 2),
        empty=_("Sin preguntas en este periodo."),
    )
