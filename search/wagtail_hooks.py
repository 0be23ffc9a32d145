"""Admin integration: synonyms as a snippet, and the search demand report under Reports."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.roles import permission_named

from .models import EverydayWords, Synonym
from .reports import READ_DEMAND, search_demand_csv, search_demand_report


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Sinónimos de búsqueda")
    list_display = ["terms"]
    search_fields = ["terms"]


register_snippet(SynonymViewSet)


class EverydayWordsViewSet(SnippetViewSet):
    """One-way lines of the thesaurus (search/thesaurus.py), beside the shipped file: what the
    demand report's "Consultas sin resultados" shows people typing, sent to the policy's terms."""

    model = EverydayWords
    icon = "search"
    menu_label = _("Palabras de la gente")
    list_display = ["everyday", "policy_terms"]
    search_fields = ["everyday", "policy_terms"]


register_snippet(EverydayWordsViewSet)


class DemandReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(READ_DEMAND)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("informes/busquedas/", search_demand_report, name="search_demand_report"),
        path("informes/busquedas/csv/", search_demand_csv, name="search_demand_report_csv"),
    ]


@hooks.register("register_permissions")
def register_demand_report_permission():
    """Listed in Settings › Groups, so admins can give the report to any group."""
    return Permission.objects.filter(permission_named(READ_DEMAND))


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return DemandReportMenuItem(
        _("Búsquedas: demanda"),
        reverse("search_demand_report"),
        name="search-demand",
        icon_name="search",
        order=160,
    )
