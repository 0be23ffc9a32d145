"""Editors' report of guides past their "review by" date: stale guidance is dangerous when staff
turn over, so it surfaces in the admin's Reports menu and on the dashboard."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.reports import PageReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import GuidePage


def stale_guides(user):
    """Overdue guides `user` may edit: only they can act on them, and others must not see the
    titles (some may be drafts) of parts of the site they have no rights on."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return GuidePage.objects.filter(
        review_by__lt=timezone.localdate(), pk__in=editable.values("pk")
    ).order_by("review_by")


class StaleGuidesReportView(PageReportView):
    page_title = _("Guías por revisar")
    header_icon = "warning"
    results_template_name = "knowledge/admin/stale_guides_results.html"
    index_url_name = "knowledge_stale_guides"
    index_results_url_name = "knowledge_stale_guides_results"
    any_permission_required = ["change", "publish"]
    list_export = ["title", "review_by", "version", "status_string"]
    export_headings = {
        "title": _("Título"),
        "review_by": _("Revisar antes de"),
        "version": _("Versión"),
        "status_string": _("Estado"),
    }

    def get_filename(self):
        return f"guias-por-revisar-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = stale_guides(self.request.user)
        return super().get_queryset()
