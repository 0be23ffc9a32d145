"""Section 2: usefulness ("¿Le sirvió?") and adoption ("La estamos aplicando") by item.

Answers count in the period they were last given; adoptions in the period they were recorded,
with the follow-ups answered so far. The department is the answering member's (anonymous answers
have none, so a department filter leaves them out) and the adopting entity's.
"""

from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from knowledge.models import Adoption, UsefulnessAnswer

from .figures import ROWS, Figure, figure


def with_titles(rows):
    """Rows keyed by page id, the id replaced by the item's title: a second query for ROWS titles
    at most, cheaper than carrying every answer's title through the grouping."""
    titles = dict(Page.objects.filter(pk__in=[row[0] for row in rows]).values_list("pk", "title"))
    return [(titles.get(page_id, ""), *numbers) for page_id, *numbers in rows]


@figure("le-sirvio")
def usefulness_by_item(filters):
    answers = UsefulnessAnswer.objects.filter(
        updated__gte=filters.period[0], updated__lt=filters.period[1]
    )
    if filters.department:
        answers = answers.filter(user__profile__department=filters.department)
    counts = (
        answers.values("page_id")
        .annotate(
            yes=Count("pk", filter=Q(useful=True)),
            no=Count("pk", filter=Q(useful=False)),
            total=Count("pk"),
        )
        .order_by("-total", "page_id")
        .values_list("page_id", "yes", "no", "total")[:ROWS]
    )
    rows = with_titles(list(counts))
    return Figure(
        slug="le-sirvio",
        title=_("¿Le sirvió? por recurso"),
        columns=(_("Recurso"), _("Sí"), _("No"), _("Respuestas")),
        rows=list(rows),
        series=(1, 2),
        note=_("Los recursos con más respuestas primero."),
    )


@figure("la-estamos-aplicando")
def adoption_by_item(filters):
    adoptions = Adoption.objects.filter(
        created__gte=filters.period[0], created__lt=filters.period[1]
    )
    if filters.department:
        adoptions = adoptions.filter(department=filters.department)
    outcome = Adoption.Outcome
    rows = (
        adoptions.values("page_id", "page__title")
        .annotate(
            entities=Count(Lower("entity_name"), distinct=True),
            worked=Count("pk", filter=Q(outcome=outcome.WORKED)),
            partly=Count("pk", filter=Q(outcome=outcome.PARTLY)),
            did_not=Count("pk", filter=Q(outcome=outcome.DID_NOT)),
        )
        .order_by("-entities", "page__title")
        .values_list("page__title", "entities", "worked", "partly", "did_not")[:ROWS]
    )
    return Figure(
        slug="la-estamos-aplicando",
        title=_("La estamos aplicando: entidades y seguimientos por recurso"),
        columns=(
            _("Recurso"),
            _("Entidades que la aplican"),
            outcome.WORKED.label,
            outcome.PARTLY.label,
            outcome.DID_NOT.label,
        ),
        rows=list(rows),
        series=(1, 2, 3, 4),
        note=_("Seguimientos: lo que respondieron las entidades seis meses después."),
    )
