"""Editors' demand report: what people search for most, and what they search for and don't find.

That second list is the policy's "demand" that national entities should answer with content.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.db.models.functions import Lower
from django.shortcuts import render
from django.utils import timezone

from siteconf.accounts.roles import EDITORS, has_role

from .models import SearchQueryLog

REPORT_DAYS = 90
REPORT_ROWS = 50


def top_queries(since, zero_results=False, limit=REPORT_ROWS):
    logs = SearchQueryLog.objects.filter(created_at__gte=since)
    if zero_results:
        logs = logs.filter(result_count=0)
    return (
        logs.annotate(normalised=Lower("query"))
        .values("normalised")
        .annotate(searches=Count("id"), last=Max("created_at"))
        .order_by("-searches", "normalised")[:limit]
    )


def search_demand_report(request):
    if not has_role(request.user, EDITORS):
        raise PermissionDenied
    since = timezone.now() - timedelta(days=REPORT_DAYS)
    return render(
        request,
        "search/admin/demand_report.html",
        {
            "days": REPORT_DAYS,
            "top": top_queries(since),
            "zero": top_queries(since, zero_results=True),
        },
    )
