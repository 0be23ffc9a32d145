"""The axe-core helper itself: a page with known violations must fail, or audits prove nothing."""

import pytest

from .axe import assert_accessible

pytestmark = pytest.mark.browser

BROKEN_PAGE = """<!doctype html><html><head><title>Roto</title></head><body><main>
<h1>Formulario</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">
</main></body></html>"""


def test_assert_accessible_reports_serious_violations(browser):
    page = browser.new_page()
    try:
        page.set_content(BROKEN_PAGE)
        with pytest.raises(AssertionError) as failure:
            assert_accessible(page, "axe-self-test")
    finally:
        page.close()
    message = str(failure.value)
    for rule in ("html-has-lang", "image-alt", "label"):
        assert f"- {rule} (" in message


MINOR_ONLY_PAGE = """<!doctype html><html lang="es"><head><title>Menor</title></head><body><main>
<h1>Listado</h1><h2 role="status">3 recursos</h2></main></body></html>"""


def test_assert_accessible_reports_minor_violations_too(browser):
    page = browser.new_page()
    try:
        page.set_content(MINOR_ONLY_PAGE)
        with pytest.raises(AssertionError) as failure:
            assert_accessible(page, "axe-self-test-minor")
    finally:
        page.close()
    assert "- aria-allowed-role (minor)" in str(failure.value)
