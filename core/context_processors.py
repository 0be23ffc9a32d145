"""Main navigation: the home page's live children marked "show in menus", on every page."""

from wagtail.models import Site


def navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return {"main_menu": []}
    menu = site.root_page.get_children().live().in_menu().public().only("title", "url_path")
    return {"main_menu": list(menu), "site_root": site.root_page}
