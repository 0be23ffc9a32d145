"""Guides, lessons and practices in the site search, faceted like the library listing.

Library pages reach the index through search/signals.py like every page.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from search.documents import (
    SearchDocument,
    kind_of,
    known_findable,
    page_is_findable,
    register_kind,
    searchable_text,
)

from .models import GuidePage, KnowledgePageTag, LessonPage, PracticePage

TERMS = ("capacity_levels", "capacity_types", "sectors", "cycle_stages", "departments")
TERMS += ("municipalities",)


def library_document(page):
    """A live, public library item: its text, keywords, territory and the library's facets."""
    page = page.specific
    if not page_is_findable(page):
        return None
    departments = sorted(page.departments.all(), key=lambda d: d.name)
    return SearchDocument(
        kind=kind_of(page).name,
        pk=page.pk,
        title=page.title,
        url=page.url or "",
        body=searchable_text(page),
        summary=" ".join([page.summary, *keywords_of(page)]),
        date=page.publication_date,
        territory=", ".join(d.name for d in departments) or str(_("Nacional")),
        facets={
            "nivel": [t.slug for t in page.capacity_levels.all()],
            "tipo": [t.slug for t in page.capacity_types.all()],
            "sector": [t.slug for t in page.sectors.all()],
            "etapa": [t.slug for t in page.cycle_stages.all()],
            "entidad": [page.entity.slug] if page.entity else [],
            "departamento": [d.code for d in departments],
            "municipio": [m.code for m in page.municipalities.all()],
        },
    )


def keywords_of(page):
    """Tags and taxonomy names: words an editor chose to say what the item is about."""
    related = [page.sectors, page.capacity_types, page.cycle_stages]
    tagged = getattr(page, "search_tags", None)  # prefetched by a rebuild
    if tagged is None:
        tagged = page.tagged_items.select_related("tag")
    tags = [item.tag.name for item in tagged]
    return [*tags, *(str(item) for manager in related for item in manager.all())]


def tags_prefetch():
    """Page tags live in a cluster manager that ignores Django's prefetch cache: to a list."""
    tagged = KnowledgePageTag.objects.select_related("tag")
    return Prefetch("tagged_items", queryset=tagged, to_attr="search_tags")


def register():
    for name, model in [("guia", GuidePage), ("leccion", LessonPage), ("practica", PracticePage)]:
        register_kind(
            name,
            label=model._meta.verbose_name,
            model=model,
            build=library_document,
            objects=lambda model=model: (
                known_findable(model.objects.live().public())
                .select_related("entity")
                .prefetch_related(*TERMS, tags_prefetch())
            ),
        )
