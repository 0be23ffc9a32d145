"""The open-data pages: the catalogue for people (/datos/) and for portals (catalogo.jsonld), and
the two CSV downloads that are this app's own (opendata/downloads.py)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.csv_response import streamed_csv

from . import catalogue, dcat, downloads

PUBLIC_CACHE = {"public": True, "max_age": 15 * 60}


@require_safe
def index(request):
    context = {
        "datasets": catalogue.datasets(),
        "licence": catalogue.LICENCE_NAME,
        "licence_url": catalogue.LICENCE_URI,
        "min_searches": downloads.MIN_SEARCHES,
        "demand_months": downloads.DEMAND_MONTHS,
    }
    return render(request, "opendata/index.html", context)


@require_safe
@cache_control(**PUBLIC_CACHE)
def catalogue_jsonld(request):
    document = dcat.catalogue_document(
        catalogue.datasets(), catalogue.operator(request), dcat.homepage_url()
    )
    body = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type=f"{dcat.MEDIA_TYPE}; charset=utf-8")


@require_safe
def usefulness_csv(request):
    return streamed_csv(downloads.usefulness_rows(request), "red-att-utilidad-y-adopcion.csv")


@require_safe
@cache_control(**PUBLIC_CACHE)
def search_demand_csv(request):
    return streamed_csv(downloads.demand_rows(), "red-att-demanda-de-busqueda.csv")
