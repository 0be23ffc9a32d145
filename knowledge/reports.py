"""Editors' report of guides past their "review by" date: stale guidance is dangerous when staff
turn over, so it surfaces in the admin's Reports menu and on the dashboard."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.reports import PageReportView

from .models import GuidePage


def stale_guides():
    return GuidePage.objects.filter(review_by__lt=timezone.localdate()).order_by("review_by")


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
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = stale_guides().filter(pk__in=editable.values("pk"))
        return super().get_queryset()
