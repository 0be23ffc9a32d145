"""What each part of the dashboard shows: a Figure is one table of aggregates (label first, then
numbers), drawn as a bar chart, shown as a table and downloaded as a CSV, all from the same rows.

Figures are registered by slug so the page and each CSV build exactly the same thing; every
figure's rows come from one or two aggregate queries, whatever the amount of data.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

ROWS = 20  # per figure: the chart stays readable, the CSV matches what the page shows


@dataclass(frozen=True)
class Filters:
    period: tuple  # [start, end) aware datetimes
    days: tuple  # (first day, last day), for date fields
    department: object = None  # a reference.Department, or None for all


@dataclass
class Figure:
    slug: str
    title: str
    columns: tuple
    rows: list
    series: tuple = (1,)  # indexes of the columns drawn as bars
    note: str = ""
    empty: str = field(default=_("Sin datos en este periodo."))

    def csv_rows(self):
        yield tuple(str(column) for column in self.columns)
        yield from self.rows


REGISTRY = {}


def figure(slug):
    """Registers a function `(filters) -> Figure` under `slug`."""

    def register(build):
        REGISTRY[slug] = build
        return build

    return register


def build(slug, filters):
    """The figure, kept in the shared cache for `DASHBOARD_CACHE_SECONDS` per filter: the data is
    read daily, not live, and some figures aggregate a year of rows."""
    place = filters.department.code if filters.department else "todos"
    key = f"dashboard:{slug}:{filters.period[0]:%Y%m%d%H}:{filters.period[1]:%Y%m%d%H}:{place}"
    return cache.get_or_set(key, lambda: REGISTRY[slug](filters), settings.DASHBOARD_CACHE_SECONDS)
