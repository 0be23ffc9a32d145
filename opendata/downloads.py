"""The two open datasets that had no public download of their own: the library's usefulness and
adoption counts per item, and the monthly search demand. Both are counts that name nobody.

- Usefulness and adoption: the same counts each item's page and the API already show to anyone
  (`knowledge.feedback`, `knowledge.adoption`), one row per live, public item; never the answers'
  reasons or comments, the adopting entities' names or the members' notes.
- Search demand: searches are logged without who searched (`search.models.SearchQueryLog`), but
  a query's text is free text and one person may repeat it, so the text is never published. Only
  counts per month, in total and per filter value (controlled vocabularies and DANE codes), and
  only rows of at least `MIN_SEARCHES` searches: a rare filter combination says nothing about
  anyone.
"""

from datetime import date, datetime, time

from django.core.cache import cache
from django.db.models import Prefetch
from django.utils import timezone

from knowledge.adoption import adoption_summary
from knowledge.feedback import usefulness_counts, with_usefulness_counts
from knowledge.models import Adoption, KnowledgePage
from search.documents import FACETS
from search.models import SearchQueryLog

MIN_SEARCHES = 5  # k: a search-demand row with fewer searches is left out
DEMAND_MONTHS = 12  # complete months published, the latest last
DEMAND_CACHE_SECONDS = 6 * 60 * 60  # complete months do not change; one entry, replaced monthly
ALL = "todas"  # the facet of a month's total row

USEFULNESS_COLUMNS = (
    "titulo", "tipo", "url", "le_sirvio", "no_le_sirvio", "entidades_que_la_aplican",
    "departamentos", "municipios", "funciono", "funciono_en_parte", "no_funciono",
)  # fmt: skip
DEMAND_COLUMNS = ("mes", "faceta", "valor", "busquedas", "sin_resultados")


def usefulness_rows(request):
    """Header, then one row per live, public library item, newest first, in batches."""
    yield USEFULNESS_COLUMNS
    items = (
        with_usefulness_counts(KnowledgePage.objects.live().public())
        .select_related("content_type")
        .prefetch_related(
            Prefetch(
                "adoptions",
                queryset=Adoption.objects.select_related("department", "municipality"),
            )
        )
        .order_by("-publication_date", "pk")
    )
    for item in items.iterator(chunk_size=500):
        counts = usefulness_counts(item)
        row = [item.title, item.kind_label, item.get_full_url(request), counts.yes, counts.no]
        if item.specific_class.adoptable:
            summary = adoption_summary(item)
            towns = sum(len(municipalities) for _department, municipalities in summary.places)
            row += [summary.entities, len(summary.places), towns, *summary.outcomes.values()]
        else:
            row += [""] * 6  # lessons are not "applied": no adoption to count
        yield row


def demand_months(today):
    """The first days of the last `DEMAND_MONTHS` complete months, oldest first, and the first
    day of the current month (the end of the period)."""
    months, year, month = [], today.year, today.month
    for _ in range(DEMAND_MONTHS):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        months.append(date(year, month, 1))
    return months[::-1], today.replace(day=1)


def demand_counts(start, end):
    """{(month, facet, value): [searches, without results]} between two dates, one pass."""
    counts = {}
    logs = SearchQueryLog.objects.filter(
        created_at__gte=_moment(start), created_at__lt=_moment(end)
    ).values_list("created_at", "filters", "result_count")
    for created_at, filters, result_count in logs.iterator(chunk_size=2000):
        month = timezone.localtime(created_at).strftime("%Y-%m")
        keys = [(month, ALL, "")] + [
            (month, facet, value)
            for facet, values in (filters or {}).items()
            if facet in FACETS
            for value in set(values)
        ]
        for key in keys:
            entry = counts.setdefault(key, [0, 0])
            entry[0] += 1
            entry[1] += result_count == 0
    return counts


def _moment(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def demand_table(today=None):
    """The rows of the search-demand CSV (without header), rows under k left out; computed once
    per month and kept in the shared cache."""
    months, end = demand_months(today or timezone.localdate())
    key = f"opendata.search_demand.{end:%Y-%m}"
    rows = cache.get(key)
    if rows is None:
        counts = demand_counts(months[0], end)
        rows = [
            (month, facet, value, searches, without)
            for (month, facet, value), (searches, without) in sorted(
                counts.items(), key=lambda item: (item[0][0], item[0][1] != ALL, item[0][1:])
            )
            if searches >= MIN_SEARCHES
        ]
        cache.set(key, rows, DEMAND_CACHE_SECONDS)
    return rows


def demand_rows():
    yield DEMAND_COLUMNS
    yield from demand_table()
