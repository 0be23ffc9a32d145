"""Reading offline (issue 31): the service worker at `/sw.js`, "Mis guardados", the offline page,
and the one rule that says which responses a browser may keep in its Cache Storage.

The service worker (`static/js/sw.js`) keeps only what the server marks with `X-Offline`; the
page script (`static/js/offline.js`) registers it, offers "Guardar para consultar sin conexión"
and keeps the reply a member typed offline. What may be marked is decided here and nowhere else:

- the live, public (no view restriction, on it or above it) library items and course modules and
  lessons, their own address and their PDF (`<address>pdf/`), and the offline page and "Mis
  guardados" when no one is signed in (they are kept when the worker installs);
- only a 200 answer to a GET that is not `Cache-Control: private` or `no-store` and does not start
  or change a session (the session cookie). Cookies themselves never reach Cache Storage: the
  Fetch standard hides `Set-Cookie` from every response a script sees.

A member's own rendering of a public item (their name in the header, their "¿Le sirvió?" answer)
is marked `allowed; member`: the worker records it as saved while signed in, and signing out
removes it (see offline.js). Private community spaces and threads, account pages and everything
else are never marked, so the worker never keeps them.
"""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from wagtail import hooks

from knowledge.models import KnowledgePage
from training.models import CourseLessonPage, CourseModulePage

HEADER = "X-Offline"
PAGE_TYPES = (KnowledgePage, CourseModulePage, CourseLessonPage)
WORKER_FILE = "js/sw.js"
REFUSED_CACHE_CONTROL = ("private", "no-store")


def may_keep_offline(page):
    """Whether a page is public enough for a browser to keep a copy: a library item or course
    content, live, with no view restriction on it or on any page above it."""
    return isinstance(page, PAGE_TYPES) and page.live and not page.get_view_restrictions().exists()


def allow_offline(request, *paths):
    """Let the answer to `request` be kept offline if its path is one of `paths`."""
    request.offline_paths = frozenset(paths)


@hooks.register("before_serve_page")
def mark_page_for_offline(page, request, serve_args, serve_kwargs):
    """A page that may be kept: its own address and its PDF's (the only routes of the item that
    show the item itself; its feedback routes answer forms)."""
    if request.method == "GET" and may_keep_offline(page):
        parts = page.get_url_parts(request)
        if parts:
            path = parts[2]
            allow_offline(request, path, path + "pdf/")


def offline_header(request, response):
    """The value of `X-Offline` for this answer, or "" when it must not be kept."""
    if request.method != "GET" or response.status_code != 200:
        return ""
    if request.path not in getattr(request, "offline_paths", ()):
        return ""
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in REFUSED_CACHE_CONTROL):
        return ""
    if settings.SESSION_COOKIE_NAME in response.cookies:
        return ""
    user = getattr(request, "user", None)
    return "allowed; member" if user is not None and user.is_authenticated else "allowed"


class OfflineHeaderMiddleware:
    """Adds `X-Offline` to the answers a browser may keep. Listed before the session and CSRF
    middleware, so it sees every cookie they set on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        value = offline_header(request, response)
        if value:
            response[HEADER] = value
        return response


def service_worker(request):
    """The worker's script at the root, so its scope is the whole site; never cached, so a new
    version reaches browsers at once."""
    path = finders.find(WORKER_FILE)
    if not path:
        raise Http404
    with open(path, "rb") as script:
        response = HttpResponse(script.read(), content_type="application/javascript")
    response["Service-Worker-Allowed"] = "/"
    patch_cache_control(response, no_cache=True)
    return response


def _shell_page(request, template):
    """A page the worker keeps at install: the same for everyone, so only an anonymous answer
    (the worker asks without cookies) may be kept."""
    if not request.user.is_authenticated:
        allow_offline(request, request.path)
    return TemplateResponse(request, template)


def saved_pages(request):
    """ "Mis guardados": the list is built in the browser from what it keeps (offline.js)."""
    return _shell_page(request, "offline/saved.html")


def offline_page(request):
    """What the worker shows offline for a page that was not saved."""
    return _shell_page(request, "offline/offline.html")
