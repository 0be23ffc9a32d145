"""At the edge, before any view, form or query: the request's id, and input cleaned."""

import re

from django.http import HttpResponseBadRequest, QueryDict

from core import request_id

# C0 controls and DEL. A NUL reaching PostgreSQL fails the whole request ("A string literal
# cannot contain NUL"), and no one types the others on purpose.
CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # keeps tab, LF and CR
FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


def without_controls(params, pattern):
    """A mutable copy of a QueryDict with control characters taken out of names and values."""
    cleaned = QueryDict(mutable=True)
    for name, values in params.lists():
        cleaned.setlist(pattern.sub("", name), [pattern.sub("", v) for v in values])
    return cleaned


class StripControlCharactersMiddleware:
    """Query parameters lose every control character (they are one line each); form fields keep
    tabs and line breaks, which text areas need (single-line fields make those a space:
    core/singleline.py).
    A path holding control characters names no page: 400.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROLS.search(request.path):
            return HttpResponseBadRequest("Dirección no válida.")
        request.GET = without_controls(request.GET, CONTROLS)
        if request.method == "POST" and request.content_type in FORM_TYPES:
            request.POST = without_controls(request.POST, CONTROLS_BUT_LINES)
        return self.get_response(request)


class RequestIdMiddleware:
    """Every request gets an id (core/request_id.py): the proxy's `X-Request-ID` when well formed,
    else a new one. Log records written while it is handled carry it, tasks it queues keep it,
    and the response returns it in `X-Request-ID`. First in MIDDLEWARE, so every answer has it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id.adopt(request.headers.get(request_id.HEADER))
        token = request_id.activate(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id.deactivate(token)
        response[request_id.HEADER] = request.request_id
        return response
