"""Nothing typed is lost when a session expired: the POSTed text waits in the session for login.

`login_keeping_draft` wraps views with forms. An anonymous POST (the session ran out while the
member was writing) is stored with the path it was meant for; after logging in, the member lands
on the same form, pre-filled by `pop_draft`.

Anyone can POST, so a draft is kept small: with the view's form (`login_keeping_draft(form=…)`)
only its fields, each cut at the field's `max_length`; without, each value cut at the longest
text a community form takes; at most `MAX_DRAFT_CHARACTERS` in all. And an address stores at most
`settings.COMMUNITY_ANONYMOUS_DRAFT_RATE` drafts: past it the visitor still goes to log in.
"""

from functools import wraps

from allauth.account.adapter import get_adapter
from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _

SESSION_KEY = "community_draft"
MULTI_VALUED = {"capacity_levels", "capacity_types", "sectors", "departments"}
MAX_VALUE_CHARACTERS = 20_000  # PostForm's text, the longest a community form takes
MAX_VALUES = 50  # choices ticked in one multi-valued field
MAX_DRAFT_CHARACTERS = 25_000


def login_keeping_draft(view=None, *, form=None):
    if view is None:
        return lambda view: login_keeping_draft(view, form=form)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.method == "POST":
            if draft_limit_reached(request):
                messages.warning(
                    request,
                    _(
                        "Recibimos demasiados textos sin sesión desde esta conexión: no pudimos "
                        "guardar el suyo. Inicie sesión y escríbalo de nuevo."
                    ),
                )
            else:
                request.session[SESSION_KEY] = {
                    "path": request.path, "data": capped(request.POST, form)
                }  # fmt: skip
        return redirect_to_login(request.path)

    return wrapper


def capped(post, form=None):
    """The POSTed values worth keeping, each within its field's length, the whole within
    MAX_DRAFT_CHARACTERS."""
    fields = form.base_fields if form else None
    data, total = {}, 0
    for name, values in post.lists():
        if name == "csrfmiddlewaretoken" or (fields is not None and name not in fields):
            continue
        length = MAX_VALUE_CHARACTERS
        if fields is not None:
            length = getattr(fields[name], "max_length", None) or MAX_VALUE_CHARACTERS
        kept = []
        for value in values[:MAX_VALUES]:
            value = value[: min(length, MAX_DRAFT_CHARACTERS - total)]
            total += len(value)
            kept.append(value)
        data[name] = kept
    return data


def draft_limit_reached(request):
    """Counts one more anonymous draft from this client address; True past the rate."""
    return is_ratelimited(
        request,
        group="community-drafts",
        key=lambda group, request: get_adapter().get_client_ip(request),
        rate=settings.COMMUNITY_ANONYMOUS_DRAFT_RATE,
        increment=True,
    )


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
