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
