"""The single place that turns content into search documents, and says who may see each.

Every backend indexes `SearchDocument`s and nothing else, so one kind of content is searchable
the same way everywhere; this module knows no app. An app makes its content searchable in its
own `search.py` (knowledge, community, training, meeting), whose `register()` its
`AppConfig.ready()` calls:

    from search.documents import SearchDocument, register_kind

    register_kind(
        "curso",                         # stable kind name, also the `contenido` facet value
        label=_("Curso"),                # shown on hits and in the facet
        weight=0.9,                      # ranking prior against other kinds (default 1.0)
        model=Course,                    # instances of this model (and subclasses) are this kind
        build=course_document,           # obj -> SearchDocument, or None when nobody may find it
        objects=lambda: Course.objects.all(),  # everything `rebuild_search_index` should try
    )
    register_audience(lambda user: {f"espacio:{pk}" for pk in spaces_of(user)})

`build` decides visibility: return None for anything that must not be found (drafts, deleted or
hidden items) and put in `audience` the tokens of who may see it ("public", "espacio:12",
"miembros"...). A hit is shown only when the searching user holds one of its tokens, on every
channel (page, counts, snippets, autocomplete, JSON API), because backends filter by audience
before anything else. `register_audience(fn)` adds the tokens a user holds (everyone holds
"public").

Keeping the index true is the registering app's duty: call `search.indexing.update(obj)` after any
change that affects the document or its visibility (publish, hide, membership of a private space,
delete...) and `search.indexing.remove(kind, pk)` when the object is gone. Both act on commit and
never raise: if the engine is down, the save still succeeds, a warning is logged and the update is
retried later (see search/indexing.py). Pages are wired already in search/signals.py.
"""

import datetime
import re
from dataclasses import dataclass, field
from functools import partial

from django.db.models import Value
from django.utils.translation import gettext_lazy as _

# Facet key (also the URL parameter) → label, in display order.
FACETS = {
    "contenido": _("Tipo de contenido"),
    "nivel": _("Nivel de capacidad"),
    "tipo": _("Tipo de capacidad"),
    "sector": _("Sector"),
    "etapa": _("Etapa del ciclo"),
    "entidad": _("Entidad"),
    "departamento": _("Departamento"),
    "anio": _("Año"),
}
# Indexed to filter on, never counted or shown as a facet: the DANE codes of an item's
# municipalities, which the "Municipios como el mío" filter matches (search/service.py).
FILTER_ONLY = ("municipio",)
PUBLIC = "public"


@dataclass
class SearchDocument:
    kind: str
    pk: int
    title: str
    url: str
    body: str = ""  # all the text but the title: what snippets are cut from
    summary: str = ""  # what the item is about (summary, keywords): ranks between title and body
    date: datetime.date | None = None
    territory: str = ""
    facets: dict = field(default_factory=dict)  # facet key → list of values (slugs, codes)
    audience: list = field(default_factory=lambda: [PUBLIC])

    @property
    def key(self):
        return f"{self.kind}:{self.pk}"

    def passages(self):
        """The texts embedded for search by meaning (search/semantic.py)."""
        from .semantic import passages

        return passages(self.title, self.summary, self.body)

    def facet_values(self):
        values = {**self.facets, "contenido": [self.kind]}
        if self.date:
            values["anio"] = [str(self.date.year)]
        return {
            facet: [str(v) for v in vs if v]
            for facet, vs in values.items()
            if facet in FACETS or facet in FILTER_ONLY
        }


@dataclass
class Kind:
    name: str
    label: str
    model: type
    build: object
    objects: object
    weight: float = 1.0


# How much a match in each kind counts, for the authoritative item first: a guide, lesson or
# practice that names the query's subject ranks above a course, a conversation or a page that
# mentions it as much. Tuned on tests/search/relevance/ (make bench-relevance); see README.
KIND_WEIGHTS = {"guia": 1.0, "leccion": 1.0, "practica": 1.0, "curso": 0.9, "encuentro": 0.85}
KIND_WEIGHTS |= {"hilo": 0.7, "pagina": 0.6}


_kinds: dict = {}
_audiences: list = []


def register_kind(name, *, label, model, build, objects, weight=None):
    weight = KIND_WEIGHTS.get(name, 1.0) if weight is None else weight
    _kinds[name] = Kind(name, label, model, build, objects, weight)


def register_audience(tokens_for_user):
    _audiences.append(tokens_for_user)


def kinds():
    return list(_kinds.values())


def kind_by_name(name):
    return _kinds[name]


def kind_label(name):
    kind = _kinds.get(name)
    return kind.label if kind else name


def kind_of(obj):
    """The registered kind for an object: that of its most specific registered model."""
    kinds_of_obj = [kind for kind in _kinds.values() if isinstance(obj, kind.model)]
    return max(kinds_of_obj, key=lambda kind: len(kind.model.__mro__), default=None)


def audience_of(user):
    tokens = {PUBLIC}
    for tokens_for_user in _audiences:
        tokens |= set(tokens_for_user(user))
    return tokens


def document_for(key):
    """The document for "<kind>:<pk>" as the database holds the object now; None when nobody may
    find it or it is gone."""
    kind_name, _, pk = key.partition(":")
    kind = _kinds.get(kind_name)
    if kind is None:  # a kind no longer registered
        return None
    obj = kind.model._default_manager.filter(pk=pk).first()
    if obj is not None and hasattr(obj, "specific_class"):
        obj = obj.specific
    return kind.build(obj) if obj is not None else None


# --- For the apps' builders, and pages ---------------------------------------------------------


def known_findable(queryset):
    """Mark what a query that keeps only findable objects returns, so builders skip re-checking.

    A rebuild fetches thousands of objects that way; checking each one again would cost a query
    per object. Anything fetched otherwise (one object after a save) is checked as usual.
    """
    return queryset.annotate(search_known_findable=Value(True))


def is_known_findable(obj):
    return getattr(obj, "search_known_findable", False)


def page_is_findable(page):
    """Live and without a view restriction on itself or any ancestor: anyone may open it."""
    from wagtail.models import Page

    if is_known_findable(page):
        return True
    return page.live and Page.objects.public().filter(pk=page.pk).exists()


def searchable_text(page):
    """The plain text of every searchable field but the title, as Wagtail extracts it."""
    from wagtail.search import index

    parts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        value = search_field.get_value(page)  # rich text and streams come back as plain text
        parts.extend(_flatten(value if isinstance(value, list | tuple) else [value]))
    return "\n".join(parts)


def _flatten(values):
    for value in values:
        if isinstance(value, list | tuple):
            yield from _flatten(value)
        elif value:
            yield str(value)


def plain_page_document(page, kind="pagina"):
    """Any other page (home, library index...): title and text, no facets but kind and year."""
    page = page.specific
    if page.depth <= 1 or not page_is_findable(page):
        return None
    published = page.last_published_at or page.first_published_at
    return SearchDocument(
        kind=kind,
        pk=page.pk,
        title=page.title,
        url=page.url or "",
        body=searchable_text(page),
        summary=getattr(page, "summary", "") or "",
        date=published.date() if published else None,
    )


def register_pages():
    """Every other page (home, library index...), registered by search itself, after the apps
    (kind_of() prefers the most specific model, so this catch-all never hides their kinds)."""
    from wagtail.models import Page

    register_kind(
        "pagina",
        label=_("página"),
        model=Page,
        build=plain_page_document,
        objects=lambda: (
            Page.objects.live().public().filter(depth__gt=1).not_type(*_page_models_with_own_kind())
        ),
    )


def register_page_kind(name, label, model):
    """A page type found like any other page but named for what it is ("Espacio de la
    comunidad", not "Página") in results and the content filter; ranked as pages are."""
    register_kind(
        name,
        label=label,
        model=model,
        build=partial(plain_page_document, kind=name),
        objects=lambda: model.objects.live().public(),
        weight=KIND_WEIGHTS["pagina"],
    )


def _page_models_with_own_kind():
    """Page models other apps registered (courses, editions...): not indexed again as pages."""
    from wagtail.models import Page

    return [
        kind.model
        for kind in _kinds.values()
        if kind.name != "pagina" and issubclass(kind.model, Page) and kind.model is not Page
    ]


def facet_value_labels(facet, values):
    """Human labels for facet values (slugs, DANE codes), for the page and the JSON API; values
    the vocabulary does not know get none."""
    from reference import models as ref

    models = {
        "nivel": ref.CapacityLevel,
        "tipo": ref.CapacityType,
        "sector": ref.Sector,
        "etapa": ref.CycleStage,
    }
    if facet == "contenido":
        return {v: str(kind_label(v)) for v in values if v in _kinds}
    if facet in models:
        return dict(models[facet].objects.filter(slug__in=values).values_list("slug", "name"))
    if facet == "entidad":
        return {e.slug: str(e) for e in ref.Entity.objects.filter(slug__in=values)}
    if facet == "departamento":
        return dict(ref.Department.objects.filter(code__in=values).values_list("code", "name"))
    return {v: v for v in values if re.fullmatch(r"\d{4}", v)}  # anio
