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
    MunicipalityYear,
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
    list_display = ["name", "code", "department", "kind", "category", "mdm_group", "is_pdet"]
    list_filter = ["department", "kind", "category", "mdm_group", "is_pdet"]
    search_fields = ["name", "code"]


class MunicipalityYearViewSet(SnippetViewSet):
    """Each year's category and MDM group, as imported (`import_divipola --vigencia`)."""

    model = MunicipalityYear
    icon = "date"
    list_display = ["municipality", "year", "category", "mdm_group"]
    list_filter = ["year", "category", "mdm_group"]


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
        MunicipalityYearViewSet,
    )


register_snippet(ReferenceGroup)
