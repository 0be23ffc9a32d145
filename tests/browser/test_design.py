"""The official look in a real browser: card grids that never leave a hole at any width, and the
GOV.CO bar and the operator's footer on a phone as on a desktop."""

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def rows_with_a_hole(page):
    """For each card grid, the rows whose cards stop short of the grid's right edge."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.cards')].flatMap(grid => {
            const right = grid.getBoundingClientRect().right;
            const rows = new Map();
            for (const card of grid.children) {
                const box = card.getBoundingClientRect();
                const top = Math.round(box.top);
                rows.set(top, Math.max(rows.get(top) || 0, box.right));
            }
            return [...rows].filter(([, end]) => right - end > 2).map(([top]) => top);
        })"""
    )


@pytest.mark.parametrize("viewport", [DESKTOP, {"width": 900, "height": 900}, PHONE])
@pytest.mark.parametrize("path", ["/", "/encuentro/", "/encuentro/2025/"])
def test_card_grids_leave_no_hole_at_any_width(page, viewport, path):
    page.set_viewport_size(viewport)
    page.goto(path)
    assert page.locator(".cards .card").count() > 0
    assert rows_with_a_hole(page) == []


def test_a_phone_shows_the_govco_bar_first_and_the_operator_in_the_footer(page):
    page.set_viewport_size(PHONE)
    page.goto("/formacion/formulacion-de-planes-de-desarrollo-territorial/")
    govco = page.get_by_role("link", name="Portal del Estado colombiano GOV.CO (sitio externo)")
    expect(govco).to_have_attribute("href", "https://www.gov.co/")
    assert govco.bounding_box()["y"] < 10
    footer = page.locator("footer")
    expect(footer).to_contain_text("Departamento Nacional de Planeación")
    expect(footer).to_contain_text("Calle 26 # 13-19")
    footer.get_by_role("link", name="Declaración de accesibilidad").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Declaración de accesibilidad")
    assert_accessible(page, "accessibility-statement")
    page.goto("/mapa-del-sitio/")
    assert_accessible(page, "site-map")
