"""What axe-core cannot check (issue 16 item 7, WCAG 2.1 AA), in a real browser on the demo:
keyboard-only use (2.1.1), visible focus (2.4.7), reflow at 320 px (1.4.10) and 200 % zoom
(1.4.4). axe itself runs on every page the other browser tests open, at every impact (axe.py)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MAIN_PAGES = (
    "/",
    "/biblioteca/",
    "/biblioteca/guias/gestion-de-la-hacienda-publica-territorial/",
    "/buscar/?q=PDT",
    "/formacion/",
    "/formacion/medicion-del-desempeno-municipal-mdm-leer-y-usar-los-resultados/",
    "/comunidad/",
    "/encuentro/2025/",
)
ZOOM_200 = {"width": 683, "height": 450}  # a 1366×900 screen at 200 % zoom
MOST_TABS = 80


def tab_to(page, selector, most=MOST_TABS):
    """Press Tab until the focused element matches `selector`, as a keyboard user would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{most} presses of Tab never reached {selector}")


def focus_style_changes(page):
    """Whether the focused element looks different from the same element unfocused."""
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const look = () => {
            const s = getComputedStyle(el);
            return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(" ");
          };
          const focused = look();
          el.blur();
          const plain = look();
          el.focus();
          return focused !== plain;
        }"""
    )


def has_no_horizontal_scroll(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_keyboard_alone_skips_to_content_searches_opens_a_result_and_filters(page):
    page.goto("/biblioteca/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Saltar al contenido")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()

    tab_to(page, "#site-search-q")
    page.keyboard.type("PDT")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/buscar/?q=PDT" in url)

    tab_to(page, "ol.results .result-title a")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/buscar/" not in url)
    expect(page.locator("main h1")).to_be_visible()

    page.goto("/biblioteca/")
    tab_to(page, "input[name=sector]")
    sector = page.evaluate("() => document.activeElement.value")
    page.keyboard.press("Space")
    # Long facets fold behind "Ver N más": the button is a few dozen presses away, not hundreds.
    tab_to(page, "aside.facets button[type=submit]", most=40)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: f"sector={sector}" in url)


@pytest.mark.parametrize(("path", "results"), [("/biblioteca/", ".listing-results"),
                                               ("/buscar/?q=PDT", "#resultados")])  # fmt: skip
def test_a_keyboard_user_skips_the_filters_to_the_results(page, path, results):
    page.goto(path)
    tab_to(page, "a.skip-facets")
    expect(page.locator("a.skip-facets")).to_be_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("s => !!document.activeElement.closest(s)", results)


def test_a_folded_facet_option_is_reached_after_opening_ver_mas(page):
    page.goto("/biblioteca/")
    more = page.locator("fieldset.facet:has(legend:text-is('Departamento')) .facet-more")
    tab_to(page, "fieldset.facet .facet-more > summary")
    while (
        page.evaluate(
            "() => document.activeElement.closest('fieldset').querySelector('legend').innerText"
        )
        != "Departamento"
    ):
        tab_to(page, "fieldset.facet .facet-more > summary")
    page.keyboard.press("Enter")
    expect(more.locator("input").first).to_be_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    tab_to(page, "aside.facets button[type=submit]", most=40)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "departamento=" in url)
    # The chosen department stays in view, above the fold of the others.
    chosen = page.locator("fieldset.facet input[name=departamento]:checked")
    expect(chosen).to_be_visible()


def test_every_control_shows_where_the_keyboard_focus_is(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/biblioteca/")
    seen = set()
    for _ in range(25):  # skip link, brand, menu, filters, results, footer…
        page.keyboard.press("Tab")
        name = page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)")
        assert focus_style_changes(page), f"no visible focus on {name}"
        seen.add(page.evaluate("() => document.activeElement.tagName"))
    assert {"A", "SUMMARY"} <= seen


def test_main_pages_reflow_at_320_px_without_horizontal_scrolling(page):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in MAIN_PAGES:
        page.goto(path)
        assert has_no_horizontal_scroll(page), f"{path} scrolls sideways at 320 px"


def test_at_200_percent_zoom_pages_fit_and_the_menu_works(page):
    page.set_viewport_size(ZOOM_200)
    for path in MAIN_PAGES:
        page.goto(path)
        assert has_no_horizontal_scroll(page), f"{path} scrolls sideways at 200 % zoom"
    page.get_by_text("Menú", exact=True).click()
    page.get_by_role("navigation", name="Principal").get_by_role("link", name="Biblioteca").click()
    page.wait_for_url("**/biblioteca/")
