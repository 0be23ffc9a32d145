"""The dashboard page and one CSV per figure, for holders of `dashboard.view_dashboard`."""

from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.http import urlencode

from core.csv_response import streamed_csv

from .charts import bar_chart
from .figures import REGISTRY, Filters, build
from .forms import DashboardFilter
from .permissions import dashboard_readers_only
from .sections import built_sections


def filters_of(form):
    return Filters(form.period(), form.days(), form.department())


@dashboard_readers_only
def dashboard(request):
    form = DashboardFilter(request.GET)
    context = {"form": form}
    if form.is_valid():
        sections = built_sections(filters_of(form))
        context["sections"] = [
            (section, [(figure, bar_chart(figure)) for figure in figures])
            for section, figures in sections
        ]
        context["csv_query"] = urlencode(form.as_query())
        context["department"] = form.department()
        context.update(form.cleaned_data)
    return render(request, "dashboard/dashboard.html", context)


@dashboard_readers_only
def figure_csv(request, slug):
    if slug not in REGISTRY:
        raise Http404
    form = DashboardFilter(request.GET)
    if not form.is_valid():
        errors = " ".join(error for errors in form.errors.values() for error in errors)
        return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
    figure = build(slug, filters_of(form))
    first, last = form.days()
    place = f"-{form.department().code}" if form.department() else ""
    filename = f"tablero-{slug}{place}-{first:%Y-%m-%d}-a-{last:%Y-%m-%d}.csv"
    return streamed_csv(figure.csv_rows(), filename, for_spreadsheets=True)
