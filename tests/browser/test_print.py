"""Printing a library item in a real browser (issue 31): the print stylesheet keeps the
classification's values and leaves out navigation, the actions and the readers' forms; the
"Imprimir" button exists only where JavaScript runs; the PDF link gives a PDF."""

import pytest
from playwright.sync_api import expect

from knowledge.models import GuidePage

pytestmark = pytest.mark.browser

PDT_GUIDE = "Guía para formular el plan de desarrollo territorial (PDT)"


def test_the_printed_pdt_guide_shows_its_classification_without_forms_or_navigation(page):
    guide = GuidePage.objects.get(title=PDT_GUIDE)
    terms = [term for _label, values in guide.taxonomy_links() for term in values]
    page.goto(guide.url)
    expect(page.get_by_role("button", name="Imprimir")).to_be_visible()
    pdf = page.request.get(page.locator("a.action-pdf").get_attribute("href"))
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")

    page.emulate_media(media="print")

    taxonomy = page.locator(".taxonomy")
    expect(taxonomy.get_by_role("heading", name="Clasificación")).to_be_visible()
    for name, url in terms:
        expect(taxonomy.locator(f'a[href="{url}"]')).to_have_text(name)
        expect(taxonomy.locator(f'a[href="{url}"]')).to_be_visible()
    expect(page.locator("main h1")).to_have_text(PDT_GUIDE)
    expect(page.locator("ol.steps")).to_be_visible()
    for hidden in ["#le-sirvio", "form.usefulness-form", "#la-estamos-aplicando", ".page-actions"]:
        expect(page.locator(hidden)).to_be_hidden()
    expect(page.get_by_role("navigation", name="Principal")).to_be_hidden()
    expect(page.locator(".breadcrumb")).to_be_hidden()
    expect(page.get_by_role("button", name="Imprimir")).to_be_hidden()


def test_without_javascript_there_is_no_print_button(browser, live_server, demo_content):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(GuidePage.objects.get(title=PDT_GUIDE).url)
        expect(tab.locator("button[data-print]")).to_be_hidden()
        expect(tab.locator("a.action-pdf")).to_be_visible()
    finally:
        context.close()
