"""One shape for what a page answers: the page declares it, the app's views answer it.

A page's routes are a table in its class body, each naming its handler by dotted path:

    class CoursePage(RoutablePageMixin, BasePage):
        interest = route("avisenme/", "training.views.course_interest", name="interest")

and what `get_context` adds comes from a handler too:

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return context | delegate(self, "training.views.content_context", request)

Every handler is `handler(request, page, **kwargs)` (the route's URL arguments as keywords) and
lives in the app's views. Handlers are imported when first called, since views import models.
"""

from django.utils.module_loading import import_string

from wagtail.contrib.routable_page.models import path


def delegate(page, view, request, **kwargs):
    """What the handler `view` ("app.views.name") answers for `page`."""
    return import_string(view)(request, page, **kwargs)


def route(pattern, view, name):
    """A route of a RoutablePageMixin page, answered by the handler `view`; `name` is what
    `reverse_subpage` and `{% routablepageurl %}` take."""

    def answer(page, request, **kwargs):
        return delegate(page, view, request, **kwargs)

    return path(pattern, name=name)(answer)
