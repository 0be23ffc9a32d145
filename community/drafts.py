"""Nothing typed is lost when a session expired: the POSTed text waits in the session for login.

`login_keeping_draft` wraps views with forms. An anonymous POST (the session ran out while the
member was writing) is stored with the path it was meant for; after logging in, the member lands
on the same form, pre-filled by `pop_draft`.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login

SESSION_KEY = "community_draft"
MULTI_VALUED = {"capacity_levels", "capacity_types", "sectors", "departments"}


def login_keeping_draft(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.method == "POST":
            data = {
                name: values
                for name, values in request.POST.lists()
                if name != "csrfmiddlewaretoken"
            }
            request.session[SESSION_KEY] = {"path": request.path, "data": data}
        return redirect_to_login(request.path)

    return wrapper


def pop_draft(request):
    """The draft saved for this page, once; None if there is none."""
    draft = request.session.get(SESSION_KEY)
    if not draft or draft.get("path") != request.path:
        return None
    del request.session[SESSION_KEY]
    return {
        name: values if name in MULTI_VALUED else values[0]
        for name, values in draft["data"].items()
        if values
    }
