"""Light pages: on the demo content, each public page weighs less than 50 KB transferred (its HTML
plus its own stylesheet and scripts, which production serves compressed), without user images."""

import gzip
from html.parser import HTMLParser

import pytest

from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

BUDGET = 50 * 1024  # bytes
STYLESHEET_BUDGET = 20 * 1024  # the design system, uncompressed
PAGES = [
    "/",
    "/biblioteca/",
    "/buscar/?q=PDT",
    "/formacion/",
    "/formacion/formulacion-de-planes-de-desarrollo-territorial/",
    "/encuentro/",
    "/encuentro/2025/",
    "/comunidad/",
    "/mapa-del-sitio/",
]


class StaticAssets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.paths = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        address = attributes.get("src") if tag == "script" else None
        if tag == "link" and "stylesheet" in (attributes.get("rel") or ""):
            address = attributes.get("href")
        if address and address.startswith("/static/"):
            self.paths.append(address.removeprefix("/static/"))


def compressed_size(static_path):
    with open(finders.find(static_path), "rb") as asset:
        return len(gzip.compress(asset.read()))


@pytest.fixture
def demo(seeded_demo, db):
    """The seeded demo (tests/conftest.py)."""


def test_every_main_public_page_stays_under_50_kb_transferred(client, demo):
    weights = {}
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        assets = StaticAssets()
        assets.feed(response.content.decode())
        weights[path] = len(response.content) + sum(map(compressed_size, assets.paths))
    assert {path: size for path, size in weights.items() if size >= BUDGET} == {}


def test_the_stylesheet_stays_small():
    with open(finders.find("css/site.css"), "rb") as stylesheet:
        assert len(stylesheet.read()) < STYLESHEET_BUDGET
