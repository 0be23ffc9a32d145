"""The search page, title autocomplete and the JSON API; thin, the work is in service.py."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from reference.comparable import LIKE_MINE, needs_municipality

from .backends import get_search_backend
from .backends.base import SearchUnavailable
from .documents import FACETS, facet_value_labels
from .service import LITERAL, editors_picks, highlight, plain, search_for

AUTOCOMPLETE_LIMIT = 8
# Every filter a search may carry: the facets, and the member's "Municipios como el mío".
FILTER_LABELS = {**FACETS, LIKE_MINE: _("Municipios como el mío")}


def _with(params, **changes):
    """The current query string with some parameters replaced (None drops them), page reset."""
    query = params.copy()
    query.pop("page", None)
    for key, value in changes.items():
        query.pop(key, None)
        if value is not None:
            query.setlist(key, value if isinstance(value, list) else [value])
    return f"?{query.urlencode()}"


def facet_links(params, facets):
    """Each facet value with the URL that toggles it, so filters combine without JavaScript."""
    linked = []
    for key, label, values in facets:
        current = params.getlist(key)
        items = []
        for value, value_label, count, selected in values:
            toggled = [v for v in current if v != value] if selected else [*current, value]
            items.append(
                {
                    "value": value,
                    "label": value_label,
                    "count": count,
                    "selected": selected,
                    "url": _with(params, **{key: toggled or None}),
                }
            )
        linked.append({"key": key, "label": label, "values": items})
    return linked


def chosen_links(params, filters, facets):
    """The active filters as (facet label, value label, URL without it): the removable chips
    above the results, one per active filter. A chosen value that matches nothing in this search
    is not among the facets, yet it is listed too, so it can be removed."""
    shown = {
        (facet["key"], item["value"]): item["label"] for facet in facets for item in facet["values"]
    }
    chosen = []
    for key, values in filters.items():
        missing = [value for value in values if (key, value) not in shown]
        labels = facet_value_labels(key, missing) if missing else {}
        for value in values:
            rest = [v for v in params.getlist(key) if v != value]
            label = shown.get((key, value)) or labels.get(value, value)
            chosen.append((FILTER_LABELS[key], label, _with(params, **{key: rest or None})))
    return chosen


UNAVAILABLE = _(
    "La búsqueda no está disponible en este momento. Inténtelo de nuevo en unos minutos."
)


@require_GET
def search(request):
    found = search_for(request.GET, request.user)
    wanted = found.request
    context = {"query": wanted.query, "filters": wanted.filters, "sort": wanted.sort}
    if found.unavailable:
        context["unavailable"] = UNAVAILABLE
        return render(request, "search/search.html", context, status=503)
    if found.results is not None:
        context.update(page_context(request, found))
    response = render(request, "search/search.html", context)
    if request.user.is_authenticated:  # "Municipios como el mío" is the member's own
        patch_cache_control(response, private=True)
    return response


def page_context(request, found):
    """What the page shows of what was found besides the hits: links to change the search."""
    wanted, results = found.request, found.results
    params = wanted.querydict()
    for hit in found.page.object_list:
        hit.snippet_html = highlight(hit.snippet)
    facets = facet_links(params, found.facets)
    context = {
        "page": found.page,
        "total": results.total,
        "facets": facets,
        "chosen": chosen_links(params, wanted.filters, facets),
        "like_mine_hint": needs_municipality(request.user, found.municipality),
        "sort_links": [
            (key, label, _with(params, orden=key))
            for key, label in [("relevancia", _("Relevancia")), ("recientes", _("Más recientes"))]
        ],
        "clear_filters_url": _with(params, **dict.fromkeys(FILTER_LABELS)),
        "picks": editors_picks(wanted.query) if wanted.page == 1 else [],
    }
    if wanted.corrected:
        context["corrected"] = wanted.corrected
        context["literal_url"] = _with(params, **{LITERAL: "1"})
    if not results.total and wanted.filters:
        unfiltered = get_search_backend().search(wanted.searched, user=request.user, limit=0)
        context["unfiltered_total"] = unfiltered.total
    return context


@require_GET
def autocomplete(request):
    """Titles for the search box, under the same visibility rules as the results."""
    prefix = request.GET.get("q", "").strip()[:100]
    try:
        titles = get_search_backend().autocomplete(
            prefix, user=request.user, limit=AUTOCOMPLETE_LIMIT
        )
    except SearchUnavailable:
        titles = []
    return JsonResponse({"results": [{"title": t, "url": u} for t, u in titles]})


@require_GET
def api_search(request):
    """`GET /api/search/?q=…&<facet>=…&orden=relevancia|recientes&page=N` → hits and facets.

    Facet parameters (repeat one to OR its values; different facets AND): contenido, nivel, tipo,
    sector, etapa, entidad, departamento, anio; contenido takes guia, leccion, practica, curso,
    hilo, encuentro or pagina. The answer:

        {"query": "…", "corrected_query": null, "total": 12, "page": 1, "num_pages": 1,
         "results": [{"kind": "guia", "kind_label": "guía metodológica", "title": "…",
                      "url": "/…/", "snippet": "… plain text …", "date": "2025-03-01",
                      "territory": "Nariño"}],
         "facets": {"sector": [{"value": "salud", "label": "Salud", "count": 3,
                                "selected": false}], …}}

    A word that no document holds is corrected against the index's words and the results are
    for the corrected query, given as "corrected_query" (null when nothing was corrected);
    `sin_corregir=1` searches exactly what was typed.

    Only what the requesting user may open is counted or returned, as on the search page. A
    signed-in member whose profile names a municipality with a fiscal category also gets the
    facet "como_el_mio" (first, value "1", counted) and may filter with `como_el_mio=1`, which
    others may not: it is ignored for them, as an unknown facet value is.
    """
    found = search_for(request.GET, request.user)
    wanted, page = found.request, found.page
    if not wanted.query:
        return JsonResponse({"error": "Escriba una consulta en el parámetro q."}, status=400)
    if found.unavailable:
        return JsonResponse({"error": str(UNAVAILABLE)}, status=503)
    response = JsonResponse(
        {
            "query": wanted.query,
            "corrected_query": wanted.corrected or None,
            "total": found.results.total,
            "page": page.number,
            "num_pages": page.paginator.num_pages,
            "results": [
                {
                    "kind": hit.kind,
                    "kind_label": str(hit.kind_label),
                    "title": hit.title,
                    "url": hit.url,
                    "snippet": plain(hit.snippet),
                    "date": hit.date.isoformat() if hit.date else None,
                    "territory": hit.territory,
                }
                for hit in page.object_list
            ],
            "facets": {
                key: [
                    {"value": v, "label": str(lab), "count": n, "selected": sel}
                    for v, lab, n, sel in values
                ]
                for key, _label, values in found.facets
            },
        }
    )
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response
