"""The territory's pages (/municipios/): a search for any of the 1,122 DIVIPOLA entries that works
without JavaScript, a page per municipality and department, and the suggestions behind the
type-to-find fields of sign-up and profile."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from reference.finder import municipality_label, suggest_entities, suggest_municipalities
from reference.models import Department, Municipality

from .content import department_context, municipality_context

SEARCH_RESULTS = 60


@require_GET
def index(request):
    query = request.GET.get("q", "").strip()[:100]
    results = suggest_municipalities(query, limit=SEARCH_RESULTS) if query else None
    return render(
        request,
        "territory/index.html",
        {
            "query": query,
            "results": results,
            "departments": Department.objects.order_by("name"),
        },
    )


@require_GET
def municipality_detail(request, code, slug=None):
    municipality = get_object_or_404(Municipality.objects.select_related("department"), code=code)
    if slug != municipality.slug:
        return redirect(municipality, permanent=True)
    return render(request, "territory/municipality.html", municipality_context(municipality))


@require_GET
def department_detail(request, code, slug=None):
    department = get_object_or_404(Department, code=code)
    if slug != department.slug:
        return redirect(department, permanent=True)
    return render(request, "territory/department.html", department_context(department))


@require_GET
@cache_control(max_age=3600, public=True)
def find_municipality(request):
    """Suggestions for the municipality field: [{"label": "Mitú (Vaupés)", "code": "97001"}]."""
    rows = suggest_municipalities(request.GET.get("q", "")[:100])
    return JsonResponse(
        {"results": [{"label": municipality_label(m), "code": m.code} for m in rows]}
    )


@require_GET
@cache_control(max_age=3600, public=True)
def find_entity(request):
    """Suggestions for the entity field: [{"label": "Alcaldía de Mitú"}]."""
    rows = suggest_entities(request.GET.get("q", "")[:100])
    return JsonResponse({"results": [{"label": e.name} for e in rows]})
