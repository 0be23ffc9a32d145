"""What the search page and the JSON API share: a query's whole walk is `search_for`."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from reference.comparable import (
    LIKE_MINE,
    can_compare,
    comparable_municipalities,
    comparison_label,
    municipality_of,
)

from . import semantic
from .backends import get_search_backend
from .backends.base import SORTS, SearchUnavailable, synonym_terms
from .documents import FACETS, facet_value_labels, kind_label, kind_of
from .models import SearchQueryLog
from .params import asked_values
from .spelling import correct
from .text import MARK_END, MARK_START

RESULTS_PER_PAGE = 20
LITERAL = "sin_corregir"  # the parameter that turns typo correction off


@dataclass
class SearchRequest:
    query: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevancia"
    page: int = 1
    literal: bool = False  # search exactly what was typed, without correcting it
    corrected: str = ""  # the corrected query that was searched instead, if any

    @property
    def searched(self):
        return self.corrected or self.query

    def querydict(self):
        """The request's parameters as the site writes them (links are built from these, never
        from what was sent, which may repeat a value a thousand times)."""
        params = QueryDict(mutable=True)
        params["q"] = self.query
        for facet, values in self.filters.items():
            params.setlist(facet, values)
        if self.sort != "relevancia":
            params["orden"] = self.sort
        if self.literal:
            params[LITERAL] = "1"
        return params

    @classmethod
    def from_querydict(cls, params, municipality=None):
        """`municipality`: the member's, which lets them ask for "Municipios como el mío"."""
        try:
            page = max(1, int(params.get("page", 1)))
        except ValueError:
            page = 1
        sort = params.get("orden", "relevancia")
        return cls(
            query=params.get("q", "").strip()[:255],
            filters=known_filters(params, like_mine=can_compare(municipality)),
            sort=sort if sort in SORTS else "relevancia",
            page=page,
            literal=params.get(LITERAL) == "1",
        )


def known_filters(params, like_mine=False):
    """The facet values asked for that the vocabulary knows, each once. Repeated or made-up
    values find nothing more, and would make a page heavy: every facet link repeats them.
    "Municipios como el mío" counts as a filter (links and the form carry it) where offered."""
    filters = {}
    if like_mine and "1" in asked_values(params, LIKE_MINE):
        filters[LIKE_MINE] = ["1"]
    for facet in FACETS:
        asked = asked_values(params, facet)
        known = facet_value_labels(facet, asked) if asked else {}
        if values := [v for v in asked if v in known]:
            filters[facet] = values
    return filters


class _Window:
    """One page of hits already fetched, shaped for Django's Paginator."""

    def __init__(self, results, offset):
        self.results, self.offset = results, offset

    def count(self):
        return self.results.total

    def __getitem__(self, window):
        return self.results.hits if window.start == self.offset else []


def like_mine_filters(filters, municipality):
    """The backend's filters for the request, and what to count besides (`counts`).

    "Municipios como el mío" is passed as the comparable municipalities' DANE codes against the
    codes each item is indexed with, rather than indexing each item's category, PDET status
    and MDM group: the comparable set is read from the reference data at every search, so a
    DIVIPOLA import that corrects a municipality applies at once, with nothing re-indexed, and
    the rule in reference.comparable stays the only one, on every backend."""
    chosen = LIKE_MINE in filters
    filters = {facet: values for facet, values in filters.items() if facet != LIKE_MINE}
    if not can_compare(municipality):
        return filters, {}
    codes = list(comparable_municipalities(municipality).values_list("code", flat=True))
    mine = {**filters, "municipio": codes}
    return mine if chosen else filters, {LIKE_MINE: mine}


@dataclass
class Found:
    """What a search found, for the page and the JSON API to render each its own way."""

    request: SearchRequest
    municipality: object = None  # the member's, when "Municipios como el mío" is theirs to ask
    unavailable: bool = False  # the engine did not answer
    results: object = None  # the backend's results; None when nothing was asked
    page: object = None  # the page of hits asked for, each with its `kind_label`
    facets: list = field(default_factory=list)  # labelled_facets()


def search_for(params, user):
    """A query's whole walk: read the query string, correct typos and search (run_search), log
    the demand, then label the hits and the facets."""
    municipality = municipality_of(user)
    found = Found(SearchRequest.from_querydict(params, municipality), municipality)
    wanted = found.request
    if not wanted.query:
        return found
    try:
        found.results, found.page = run_search(wanted, user, municipality=municipality)
    except SearchUnavailable:
        found.unavailable = True
        return found
    log_search(wanted, found.results.total)
    for hit in found.page.object_list:
        hit.kind_label = kind_label(hit.kind)
    found.facets = labelled_facets(found.results, wanted.filters, municipality)
    return found


def run_search(request, user, per_page=RESULTS_PER_PAGE, municipality=None):
    """The backend's results for the request, paginated, with the facets labelled; with the
    member's `municipality`, how many are "como el mío" in `results.counts`."""
    backend = get_search_backend()
    if not request.literal and not request.corrected:
        request.corrected = correct(request.query, backend, synonym_terms())
    offset = (request.page - 1) * per_page
    filters, counts = like_mine_filters(request.filters, municipality)
    results = backend.search(
        request.searched,
        user=user,
        filters=filters,
        sort=request.sort,
        offset=offset,
        limit=per_page,
        counts=counts,
        meaning=request.query,  # by meaning: the words as typed, before any correction
    )
    last = max(1, -(-results.total // per_page))
    if request.page > last:  # past the end: show the last page, as Paginator.get_page does
        request.page = last
        return run_search(request, user, per_page, municipality)
    page = Paginator(_Window(results, offset), per_page).page(request.page)
    return results, page


# What "Más como este" offers beside a guide, lesson, practice or course: things to learn from.
LEARNING_KINDS = ("guia", "leccion", "practica", "curso")


def more_like(obj, user, kinds=LEARNING_KINDS, limit=4):
    """Up to `limit` items nearest in meaning to `obj` that `user` may open; [] while it has no
    vector yet, with search by meaning off, or with the engine down (a page never fails)."""
    kind = kind_of(obj)
    if kind is None or semantic.model() is None:
        return []
    try:
        hits = get_search_backend().similar(
            f"{kind.name}:{obj.pk}", user=user, kinds=kinds, limit=limit
        )
    except SearchUnavailable:
        return []
    for hit in hits:
        hit.kind_label = kind_label(hit.kind)
    return hits


def similar_threads(text, user, limit=5):
    """Conversations `user` may open that are nearest to a question being written ("¿Quién ya
    lo resolvió?"): the site search restricted to threads, not logged as demand (nobody has
    searched yet)."""
    text = text.strip()[:255]
    if len(text) < 10:
        return []
    try:
        results = get_search_backend().search(
            text, user=user, filters={"contenido": ["hilo"]}, limit=limit
        )
    except SearchUnavailable:
        return []
    return results.hits


def labelled_facets(results, filters, municipality=None):
    """[(key, label, [(value, label, count, selected)])] in display order; "Municipios como el
    mío" first when the member's `municipality` can be compared (shown even at 0)."""
    facets = []
    if can_compare(municipality):
        count = results.counts.get(LIKE_MINE, 0)
        option = ("1", comparison_label(municipality), count, LIKE_MINE in filters)
        facets.append((LIKE_MINE, _("Municipios como el mío"), [option]))
    for key, label in FACETS.items():
        counts = results.facets.get(key, [])
        if not counts:
            continue
        labels = facet_value_labels(key, [value for value, _ in counts])
        selected = set(filters.get(key, []))
        values = [(v, labels.get(v, v), n, v in selected) for v, n in counts]
        facets.append((key, label, values))
    return facets


def log_search(request, total):
    """Demand signal: what was asked and how much was found; nothing about who asked."""
    if request.query and request.page == 1:
        SearchQueryLog.objects.create(
            query=request.query, filters=request.filters, result_count=total
        )


def editors_picks(query):
    """Wagtail search promotions for this exact query, limited to pages anyone may open."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    if not query:
        return []
    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query)
    ).order_by("sort_order")
    public = Page.objects.live().public()
    found = []
    for pick in picks.filter(page__isnull=True) | picks.filter(page__in=public):
        page = pick.page
        found.append(
            {
                "title": page.title
                if page
                else (pick.external_link_text or pick.external_link_url),
                "url": page.url if page else pick.external_link_url,
                "description": pick.description,
            }
        )
    return found


def highlight(snippet):
    """Snippet text to safe HTML: everything escaped, then the highlight markers become <mark>."""
    html = escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own tags added


def plain(snippet):
    return snippet.replace(MARK_START, "").replace(MARK_END, "")
