"""Phone first (issue 16 item 2): at 390×844 the header stays short and its menu needs no script."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def test_the_header_takes_at_most_120_px_on_a_phone(page):
    page.set_viewport_size(PHONE)
    page.goto("/")
    box = page.locator(".site-header .header-row").bounding_box()
    assert box["height"] <= 120, f"header row is {box['height']} px tall"


def test_the_menu_opens_and_its_links_work_without_javascript(browser, live_server, demo_content):
    context = browser.new_context(
        base_url=live_server.url, locale="es-CO", viewport=PHONE, java_script_enabled=False
    )
    try:
        tab = context.new_page()
        tab.goto("/")
        search_link = tab.get_by_role("navigation", name="Principal").get_by_role(
            "link", name="Buscar"
        )
        assert not search_link.is_visible()
        tab.get_by_text("Menú", exact=True).click()
        assert search_link.is_visible()
        search_link.click()
        tab.wait_for_url("**/buscar/**")
    finally:
        context.close()


def test_the_menu_is_shown_inline_on_a_wide_screen(page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    assert not page.get_by_text("Menú", exact=True).is_visible()
    nav = page.get_by_role("navigation", name="Principal")
    assert nav.get_by_role("link", name="Buscar").is_visible()
