"""The practitioner's journey through Biblioteca in a real browser, on the demo content: narrow
to institutional capacity + public finance + Nariño with the filter form, open a guide, download
the PDF the site makes of it, find the filtered feed. (Both pages are audited with axe-core in
test_smoke.AUDITED_PAGES.)"""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GUIDE = "Gestión de la hacienda pública territorial"


def tick(page, facet, option):
    page.get_by_role("group", name=facet).get_by_role("checkbox", name=option).check()


def test_practitioner_narrows_the_library_and_downloads_a_guide(page):
    page.goto("/biblioteca/")
    tick(page, "Tipo de capacidad", "Institucional")
    tick(page, "Sector", "Hacienda pública")
    tick(page, "Departamento", "Nariño")
    page.get_by_role("button", name="Aplicar filtros").click()
    page.wait_for_url("**/biblioteca/?*")
    chosen = parse_qs(urlparse(page.url).query)
    assert chosen["tipo"] == ["institucional"]
    assert chosen["sector"] == ["hacienda-publica"]
    assert chosen["departamento"] == ["52"]

    results = page.locator("ol.results .result-title a")
    expect(results.filter(has_text=GUIDE)).to_have_count(1)
    count = page.get_by_role("status")
    expect(count).to_contain_text(f"{results.count()} recurso")
    rss = page.get_by_role("link", name="RSS", exact=True)
    assert parse_qs(urlparse(rss.get_attribute("href")).query) == chosen

    results.filter(has_text=GUIDE).click()
    expect(page.locator("main h1")).to_have_text(GUIDE)
    # The guide's own PDF, made by the site from the page (knowledge/pdf.py): no stand-in file.
    expect(page.locator(".documents")).to_have_count(0)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"^Descargar PDF")).click()
    assert download.value.url == page.url + "pdf/"
    assert download.value.suggested_filename == "gestion-de-la-hacienda-publica-territorial.pdf"
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
