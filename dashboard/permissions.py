"""Who may read the demand dashboard: holders of `dashboard.view_dashboard` (Editores and
"Entidades oferentes" from migration 0002), never by a group's name."""

from functools import wraps

from django.shortcuts import render

VIEW_DASHBOARD = "dashboard.view_dashboard"


def can_view_dashboard(user):
    return user.has_perm(VIEW_DASHBOARD)


def dashboard_readers_only(view):
    """A 403 page for anyone else. Returned, not raised: Wagtail turns a raised PermissionDenied
    into a redirect to the admin's home, and the refusal should say what it is."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not can_view_dashboard(request.user):
            return render(request, "dashboard/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return guarded
