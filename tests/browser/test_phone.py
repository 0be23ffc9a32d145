"""Phone first (issue 16 item 2): at 390×844 the top of the page stays short, its menu needs no
script, and on the listings the first result shows without scrolling, the filters folded behind
"Filtrar (N activos)"."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from .axe import screenshot
from .test_smoke import log_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1366, "height": 900}
LISTINGS = ("/biblioteca/", "/buscar/?q=PDT", "/formacion/")


@pytest.fixture
def phone_without_script(browser, live_server, demo_content):
    """A phone tab with JavaScript off: everything here must work without it."""
    context = browser.new_context(
        base_url=live_server.url, locale="es-CO", viewport=PHONE, java_script_enabled=False
    )
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def top_of_page_height(tab):
    """Pixels from the top of the page to the end of the header (GOV.CO bar included)."""
    box = tab.locator(".site-header").bounding_box()
    return box["y"] + box["height"]


def test_the_govco_bar_and_the_header_with_its_search_take_at_most_120_px(page):
    page.set_viewport_size(PHONE)
    for path in ("/", "/biblioteca/", "/formacion/"):
        page.goto(path)
        assert top_of_page_height(page) <= 120, f"{path}: top is {top_of_page_height(page)} px"
    # The site search is one tap away, in the menu, and labelled.
    search = page.get_by_role("search", name="Buscar en todo el sitio")
    expect(search).to_be_hidden()
    page.get_by_text("Menú", exact=True).click()
    search.get_by_label("Buscar en Red ATT").fill("PDT")
    search.get_by_role("button", name="Buscar").click()
    page.wait_for_url(lambda url: url.endswith("/buscar/?q=PDT"))


def test_the_menu_opens_and_its_links_work_without_javascript(phone_without_script):
    tab = phone_without_script
    tab.goto("/")
    search_link = tab.get_by_role("navigation", name="Principal").get_by_role("link", name="Buscar")
    assert not search_link.is_visible()
    tab.get_by_text("Menú", exact=True).click()
    assert search_link.is_visible()
    search_link.click()
    tab.wait_for_url("**/buscar/**")


def test_the_first_result_of_each_listing_shows_without_scrolling(phone_without_script):
    for path in LISTINGS:
        phone_without_script.goto(path)
        title = phone_without_script.locator("ol.results .result-title").first.bounding_box()
        assert title["y"] + title["height"] <= PHONE["height"], f"{path}: first result at {title}"


def test_a_chosen_filter_is_counted_on_the_disclosure_and_removable(phone_without_script):
    tab = phone_without_script
    tab.goto("/biblioteca/")
    toggle = tab.locator("summary.filter-toggle")
    expect(toggle).to_have_text("Filtrar")
    salud = tab.get_by_role("group", name="Sector").get_by_role("checkbox", name="Salud")
    expect(salud).to_be_hidden()
    toggle.click()
    salud.check()
    tab.get_by_role("button", name="Aplicar filtros").click()
    tab.wait_for_url(lambda url: "sector=salud" in url)
    expect(toggle).to_have_text("Filtrar (1 activo)")
    expect(salud).to_be_hidden()  # folded again: the results come first
    title = tab.locator("ol.results .result-title").first.bounding_box()
    assert title["y"] + title["height"] <= PHONE["height"]
    tab.get_by_role("link", name="Quitar filtro Sector: Salud").click()
    expect(toggle).to_have_text("Filtrar")


def test_on_a_wide_screen_the_menu_is_inline_and_the_filters_a_sidebar(page):
    page.set_viewport_size(WIDE)
    page.goto("/buscar/?q=PDT")
    assert not page.get_by_text("Menú", exact=True).is_visible()
    nav = page.get_by_role("navigation", name="Principal")
    assert nav.get_by_role("link", name="Buscar").is_visible()
    expect(page.locator("summary.filter-toggle")).to_be_hidden()
    facets = page.locator("aside.facets").bounding_box()
    first = page.locator("ol.results .result").first.bounding_box()
    assert facets["x"] + facets["width"] <= first["x"], "the filters sit beside the results"
    page.goto("/biblioteca/")
    expect(page.get_by_role("search", name="Buscar en todo el sitio")).to_be_visible()


# Issue 28 item 2: every page a role uses, signed in, fits a 390 px phone: nothing scrolls
# sideways (a wide table scrolls inside its own box), and the unread-notices badge shows in
# the closed header.
PAGES_BY_ROLE = {
    "miembro": (
        "/",
        "/biblioteca/",
        "/formacion/",
        "/comunidad/",
        "/comunidad/planeacion-y-pdt/",
        "/comunidad/notificaciones/",
        "/cuenta/perfil/",
        "/encuentro/",
        "/encuentro/2026/",
        "/buscar/?q=PDT",
    ),
    "moderador": ("/comunidad/planeacion-y-pdt/", "moderation queue"),
    "jurado": ("/encuentro/jurado/", "first score sheet"),
    "editor": ("/", "/biblioteca/", "/encuentro/2025/", "/encuentro/2026/"),
}
DESKTOP = {"width": 1280, "height": 900}
DESKTOP = {"width": 1280, "height": 900}


def overflow(tab):
    return tab.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("role", PAGES_BY_ROLE)
def test_no_page_a_role_uses_scrolls_sideways_on_a_phone(page, role):
    from community.models import SpacePage
    from notifications.models import Notification

    user = get_user_model().objects.get(username=role)
    Notification.objects.create(recipient=user, kind="respuesta", text="Aviso de prueba")
    page.set_viewport_size(PHONE)
    log_in(page, role)
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    badge = page.locator(".site-header .notice-badge:visible")
    unread = True
    for path in PAGES_BY_ROLE[role]:
        if path == "moderation queue":
            space = SpacePage.objects.get(slug="planeacion-y-pdt")
            path = f"/comunidad/espacios/{space.pk}/moderacion/"
        elif path == "first score sheet":
            page.goto("/encuentro/jurado/")
            path = page.locator("main table a").first.get_attribute("href")
        page.goto(path)
        assert overflow(page) <= PHONE["width"], f"{role} {path}: {overflow(page)} px wide"
        screenshot(page, f"phone-{role}{path}")
        # The menu is closed, and the badge with its count shows all the same.
        expect(page.get_by_role("search", name="Buscar en todo el sitio")).to_be_hidden()
        expect(badge).to_have_count(1)
        expect(badge).to_contain_text("Avisos")
        unread = unread and path != "/comunidad/notificaciones/"  # reading them clears it
        if unread:
            expect(badge.locator(".notice-badge-count")).to_be_visible()
    if role == "editor":
        the_admin_explorer_fits_a_phone(page)


def the_admin_explorer_fits_a_phone(page):
    """The library's section in Wagtail's page explorer: nothing scrolls sideways on a phone
    (a screenshot at each size for people to look at)."""
    from wagtail.models import Page

    library = Page.objects.get(slug="biblioteca")
    page.goto(f"/admin/pages/{library.pk}/")
    expect(page.get_by_role("heading", name="Biblioteca").first).to_be_visible()
    assert overflow(page) <= PHONE["width"], f"admin explorer: {overflow(page)} px wide"
    titles = page.locator("table.listing td.title .title-wrapper > a").all()
    assert len(titles) == 3, "the library's three sections"
    for title in titles:  # "Lecciones aprendidas" on one or two lines, not a letter per line
        lines = title.evaluate(
            """a => { const style = getComputedStyle(a);
                      const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
                      return a.getBoundingClientRect().height / line; }"""
        )
        assert lines < 2.5, f"{title.inner_text()!r} breaks over {lines:.1f} lines"
    screenshot(page, "phone-editor-admin-explorer")
    page.set_viewport_size(DESKTOP)
    screenshot(page, "desktop-editor-admin-explorer")
