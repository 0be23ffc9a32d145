"""One shape for page routes (core/routing.py): every route a page declares names a handler in
its app's views, and every handler takes (request, page, **url arguments)."""

import inspect

from django.utils.module_loading import import_string

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

from core import routing


def declared_routes():
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            for route in model.get_subpage_urls():
                if route.callback is not RoutablePageMixin.index_route:
                    yield model, route


def test_every_page_route_is_declared_with_core_routing():
    routes = list(declared_routes())
    assert len(routes) >= 15
    for model, route in routes:
        assert route.callback.__code__ is routing.route("x/", "v", "n").__code__, (model, route)


def test_every_handler_lives_in_views_and_takes_the_request_then_the_page():
    for _model, route in declared_routes():
        view = inspect.getclosurevars(route.callback).nonlocals["view"]
        assert ".views." in view or view.endswith(".views"), view
        parameters = list(inspect.signature(import_string(view)).parameters)
        assert parameters[0] == "request", view
        assert parameters[2:] == list(route.pattern.converters), view
