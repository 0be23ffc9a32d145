"""What editors read about a review: progress per juror, the ranking per category, its CSV.

Each function runs a fixed number of queries whatever the number of nominations.
"""

from collections import defaultdict

from django.db.models import Count
from django.utils.translation import gettext as _

from core.csv_response import streamed_csv

from .models import JuryAssignment, Nomination, Score
from .ranking import rank


def progress(edition):
    """Assignments of the edition with juror, practice and how many criteria each has scored.

    Each assignment carries `conflict`: "declarada" by the juror, "automatica" when the juror's
    entity offers the practice (same rule as `has_conflict_of_interest`, read in bulk), or "".
    """
    criteria = edition.criteria.count()
    assignments = list(
        JuryAssignment.objects.filter(nomination__edition=edition)
        .select_related(
            "juror__profile", "nomination__practice", "nomination__category", "replaced_by__juror"
        )
        .order_by("juror__username", "nomination__practice__title")
    )
    for assignment in assignments:
        assignment.conflict = _conflict(assignment)
    counts = defaultdict(int)
    for assignment_id in Score.objects.filter(assignment__nomination__edition=edition).values_list(
        "assignment_id", flat=True
    ):
        counts[assignment_id] += 1
    return [(a, counts[a.pk], criteria) for a in assignments]


def _conflict(assignment):
    if assignment.is_declared_recused:
        return "declarada"
    profile = getattr(assignment.juror, "profile", None)
    practice = assignment.nomination.practice
    entity_id = profile.entity_id if profile else None
    if entity_id and entity_id in (practice.entity_id, practice.contact_entity_id):
        return "automatica"
    return ""


def ranking_by_category(edition):
    """[(category, [RankedEntry of nominations])] from submitted assignments only.

    Nominations screened out never rank: they cannot be finalists or winners.
    """
    weights = edition.criteria_weights()
    sheets = defaultdict(lambda: defaultdict(dict))
    for nomination_id, assignment_id, criterion_id, value in Score.objects.filter(
        assignment__nomination__edition=edition,
        assignment__state=JuryAssignment.State.SUBMITTED,
    ).values_list("assignment__nomination_id", "assignment_id", "criterion_id", "value"):
        sheets[nomination_id][assignment_id][criterion_id] = value
    nominations = (
        Nomination.objects.filter(edition=edition)
        .exclude(eligibility=Nomination.Eligibility.INELIGIBLE)
        .annotate(vote_count=Count("votes"))
        .select_related("practice__entity", "category")
        .order_by("category__sort_order", "category_id", "practice__title")
    )
    by_category = defaultdict(list)
    categories = {}
    for nomination in nominations:
        categories[nomination.category_id] = nomination.category
        by_category[nomination.category_id].append(
            (nomination, list(sheets[nomination.pk].values()))
        )
    return [(categories[key], rank(entries, weights)) for key, entries in by_category.items()]


CSV_COLUMNS = (
    "categoria", "posicion", "practica", "entidad", "estado", "puntaje_ponderado",
    "desviacion_estandar", "minimo", "maximo", "jurados", "votos_publico",
)  # fmt: skip


def _number(value):
    return "" if value is None else f"{value:.2f}"


def ranking_rows(edition):
    yield CSV_COLUMNS
    for category, entries in ranking_by_category(edition):
        for position, entry in enumerate(entries, start=1):
            nomination = entry.item
            yield (
                category.name,
                position,
                nomination.practice.title,
                nomination.practice.entity.name if nomination.practice.entity else "",
                nomination.get_status_display(),
                _number(entry.score),
                _number(entry.spread),
                _number(entry.lowest),
                _number(entry.highest),
                entry.jurors,
                nomination.vote_count,
            )


def ranking_csv_response(edition):
    filename = _("ranking-encuentro-%(year)s.csv") % {"year": edition.year}
    return streamed_csv(ranking_rows(edition), filename, for_spreadsheets=True)
