"""Editors' demand report: what people search for most, and what they search for and don't find.

That second list is the policy's "demand" that national entities should answer with content.
Both lists cover one period (`desde`/`hasta` in the query string, the last 90 days by default)
and download as one CSV for that period. Only those who may read the search log
(`search.view_searchquerylog`, granted to Editores) may see either.
"""

from datetime import datetime, time, timedelta

from django import forms
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import Lower
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.csv_response import streamed_csv

from .models import SearchQueryLog

READ_DEMAND = "search.view_searchquerylog"
REPORT_DAYS = 90
REPORT_ROWS = 50
INVALID_DATE = gettext_lazy("Escriba una fecha válida (año-mes-día), por ejemplo 2026-03-31.")
CSV_COLUMNS = ("lista", "consulta", "búsquedas", "última búsqueda", "resultados (última búsqueda)")


def date_field(label):
    return forms.DateField(
        label=label,
        required=False,
        error_messages={"invalid": INVALID_DATE},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class PeriodForm(forms.Form):
    """The report's period, both days included; an empty field means its default."""

    desde = date_field(gettext_lazy("Desde"))
    hasta = date_field(gettext_lazy("Hasta"))

    def __init__(self, params):
        today = timezone.localdate()
        defaults = {"desde": today - timedelta(days=REPORT_DAYS - 1), "hasta": today}
        typed = {key: params[key] for key in self.base_fields if params.get(key, "").strip()}
        super().__init__({**{k: v.isoformat() for k, v in defaults.items()}, **typed})

    def clean(self):
        data = super().clean()
        if data.get("desde") and data.get("hasta") and data["desde"] > data["hasta"]:
            raise forms.ValidationError(
                _("La fecha «desde» debe ser anterior o igual a la fecha «hasta».")
            )
        return data

    def period(self):
        """[start, end) as aware datetimes in the site's time zone."""
        start = datetime.combine(self.cleaned_data["desde"], time.min)
        end = datetime.combine(self.cleaned_data["hasta"] + timedelta(days=1), time.min)
        return timezone.make_aware(start), timezone.make_aware(end)


def top_queries(period, zero_results=False, limit=REPORT_ROWS):
    """The most searched queries in `period` (case folded), with the result count of the latest."""
    logs = SearchQueryLog.objects.filter(created_at__gte=period[0], created_at__lt=period[1])
    if zero_results:
        logs = logs.filter(result_count=0)
    latest = (
        logs.annotate(normalised=Lower("query"))
        .filter(normalised=OuterRef("normalised"))
        .order_by("-created_at", "-pk")
        .values("result_count")[:1]
    )
    return (
        logs.annotate(normalised=Lower("query"))
        .values("normalised")
        .annotate(searches=Count("id"), last=Max("created_at"), last_results=Subquery(latest))
        .order_by("-searches", "normalised")[:limit]
    )


def demand_lists(period):
    """Both lists for `period`, each with the name the report gives it."""
    return [
        (_("Consultas más frecuentes"), top_queries(period)),
        (_("Consultas sin resultados"), top_queries(period, zero_results=True)),
    ]


readers_only = permission_required(READ_DEMAND, raise_exception=True)


@readers_only
def search_demand_report(request):
    form = PeriodForm(request.GET)
    context = {"form": form}
    if form.is_valid():
        top, zero = [rows for _label, rows in demand_lists(form.period())]
        chosen = {key: day.isoformat() for key, day in form.cleaned_data.items()}
        context.update(top=top, zero=zero, csv_query=urlencode(chosen), **form.cleaned_data)
    return render(request, "search/admin/demand_report.html", context)


def csv_rows(lists):
    yield CSV_COLUMNS
    for label, rows in lists:
        for row in rows:
            last = f"{timezone.localtime(row['last']):%Y-%m-%d %H:%M}"  # as the report shows it
            yield (label, row["normalised"], row["searches"], last, row["last_results"])


@readers_only
def search_demand_csv(request):
    form = PeriodForm(request.GET)
    if not form.is_valid():
        errors = " ".join(error for errors in form.errors.values() for error in errors)
        return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
    days = form.cleaned_data
    filename = f"busquedas-{days['desde']:%Y-%m-%d}-a-{days['hasta']:%Y-%m-%d}.csv"
    return streamed_csv(csv_rows(demand_lists(form.period())), filename, for_spreadsheets=True)
