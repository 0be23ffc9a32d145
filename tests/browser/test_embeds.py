"""Carrying Red ATT elsewhere, in a real browser on the demo content: a municipality's own web page,
served from another origin, frames the list of its department's good practices; a reader copies a
practice's link with "Copiar enlace"."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible

pytestmark = pytest.mark.browser

PRACTICE = "Mesa departamental de salud con secretarías municipales en Nariño"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the standard library's signature
        pass


@pytest.fixture
def municipal_site(tmp_path, live_server):
    """A plain HTML page on another port (another origin) holding Red ATT's iframe code."""
    embed = f"{live_server.url}/insertar/practicas/?departamento=52"
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="es"><head><meta charset="utf-8">'
        "<title>Alcaldía de Pasto</title></head><body><h1>Alcaldía de Pasto</h1>"
        f'<iframe src="{embed}" title="Buenas prácticas de Nariño · Red ATT" width="100%" '
        'height="480"></iframe></body></html>',
        encoding="utf-8",
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_municipal_site_on_another_origin_shows_the_department_embed(page, municipal_site):
    page.goto(municipal_site)
    expect(page.get_by_role("heading", name="Alcaldía de Pasto")).to_be_visible()
    frame = page.frame_locator("iframe")
    expect(frame.get_by_role("heading", level=1)).to_have_text("Buenas prácticas de Nariño")
    item = frame.get_by_role("link", name=PRACTICE)
    expect(item).to_be_visible()
    assert item.get_attribute("target") == "_blank"
    # Its own stylesheet applied inside the frame: the list has no bullets.
    list_style = frame.locator("main ul").first.evaluate("el => getComputedStyle(el).listStyleType")
    assert list_style == "none"


def test_copy_link_puts_the_address_on_the_clipboard_and_says_so(page, live_server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto("/biblioteca/?departamento=52")
    page.get_by_role("link", name=PRACTICE).first.click()
    expect(page.locator("main h1")).to_have_text(PRACTICE)
    page.locator("details.share summary").click()
    address = page.get_by_label("Enlace para copiar").input_value()
    assert address.endswith("/mesa-departamental-de-salud-con-secretarias-municipales-en-narino/")
    page.get_by_role("button", name="Copiar enlace").click()
    expect(page.locator("details.share [role=status]")).to_have_text("Enlace copiado")
    assert page.evaluate("navigator.clipboard.readText()") == address
    page.get_by_role("button", name="Copiar texto").click()
    expect(page.locator("details.share [role=status]")).to_have_text("Texto copiado")
    assert page.evaluate("navigator.clipboard.readText()").endswith(address)


@pytest.mark.parametrize(
    "path",
    [
        "/insertar/practicas/?departamento=52",
        "/insertar/cursos/?departamento=52",
        "/insertar/?lista=practicas&departamento=52",
    ],
)
def test_embeds_and_the_webmasters_page_pass_axe(page, path):
    page.goto(path)
    assert_accessible(page)


def test_open_share_links_pass_axe(page):
    page.goto("/encuentro/2025/")
    for summary in page.locator("details.share summary").all():
        summary.click()
    assert_accessible(page)
