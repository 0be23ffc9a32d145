"""Editors manage reference data and vocabularies as snippets, grouped in one admin menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    CapacityLevel,
    CapacityType,
    CycleStage,
    Department,
    Entity,
    Municipality,
    Sector,
)


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


def term_viewset(term_model, icon):
    return type(
        f"{term_model.__name__}ViewSet", (TermViewSet,), {"model": term_model, "icon": icon}
    )


class EntityViewSet(SnippetViewSet):
    model = Entity
    icon = "group"
    list_display = ["name", "acronym", "kind", "department"]
    list_filter = ["kind"]
    search_fields = ["name", "acronym"]


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "site"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "code", "department", "category", "mdm_group", "is_pdet"]
    list_filter = ["department", "category", "mdm_group", "is_pdet"]
    search_fields = ["name", "code"]


class ReferenceGroup(SnippetViewSetGroup):
    menu_label = "Vocabularios y territorio"
    menu_icon = "tag"
    menu_order = 300
    items = (
        term_viewset(CapacityLevel, "pick"),
        term_viewset(CapacityType, "pick"),
        term_viewset(Sector, "pick"),
        term_viewset(CycleStage, "pick"),
        EntityViewSet,
        DepartmentViewSet,
        MunicipalityViewSet,
    )


register_snippet(ReferenceGroup)
