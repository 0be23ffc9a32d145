"""The pages work under the site's Content-Security-Policy: no page of the demo site, as any
visitor reaches it, holds inline script, event-handler attributes or inline styles (the policy
would block them). Script and style live in static files; JSON-LD data blocks
(`<script type="application/ld+json">`, schema.org) are not run, so they are allowed, as long as
each holds JSON and nothing else: text that closed the block early would leave the rest of it,
or a script of its own, in the page.
"""

import json
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest

from django.contrib.auth import get_user_model
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db

# The one script type a browser does not run that pages use: data for machines, not code.
DATA_SCRIPT_TYPES = {"application/ld+json"}
# Not HTML pages, or Wagtail's admin (which has no CSP of the public site's).
NOT_CRAWLED = ("/admin/", "/documentos/", "/media/", "/static/", "/api/", "/cuenta/salir/")
NOT_CRAWLED_ENDINGS = ("/rss/", "/atom/", "/csv/", "/ical/", ".xml", ".txt")
# Pages in one folder share a template: a few of each (4 guides, 4 threads...) are enough.
PAGES_PER_FOLDER = 4


class InlineCodeFinder(HTMLParser):
    """Collects every piece of markup a `script-src 'self'; style-src 'self'` policy blocks."""

    def __init__(self):
        super().__init__()
        self.offences = []
        self.links = []
        self.data_block = None  # the text of the JSON-LD block being read

    def handle_data(self, data):
        if self.data_block is not None:
            self.data_block.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.data_block is not None:
            text = "".join(self.data_block)
            self.data_block = None
            try:
                json.loads(text)
            except ValueError:
                self.offences.append(f"JSON-LD block that is not JSON: {text[:80]}")

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        text = self.get_starttag_text()
        script_type = (attributes.get("type") or "").lower()
        if tag == "script" and "src" not in attributes and script_type not in DATA_SCRIPT_TYPES:
            self.offences.append(f"inline script: {text}")
        elif tag == "script" and script_type in DATA_SCRIPT_TYPES:
            self.data_block = []
        if tag == "style":
            self.offences.append("<style> block")
        for name, value in attrs:
            if name.startswith("on"):
                self.offences.append(f"event handler {name}=: {text}")
            elif name == "style":
                self.offences.append(f"style attribute: {text}")
            elif name in ("href", "src", "action") and (value or "").strip().startswith(
                "javascript:"
            ):
                self.offences.append(f"javascript: URL: {text}")
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])


def inline_code_in(html):
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder


def crawlable(href):
    url = urldefrag(href).url
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    if parts.path.startswith(NOT_CRAWLED) or parts.path.endswith(NOT_CRAWLED_ENDINGS):
        return None
    return parts.path  # facet and page query strings render the same templates


def folder(path):
    return path.rstrip("/").rsplit("/", 1)[0]


def offences_on_pages_reached_by(client, start_paths):
    """Follows the site's own links from `start_paths`; returns {path: [offences]}."""
    seen, queue, offences = set(), list(start_paths), {}
    per_folder = Counter()
    while queue:
        path = queue.pop(0)
        if path in seen or (
            per_folder[folder(path)] >= PAGES_PER_FOLDER and path not in start_paths
        ):
            continue
        seen.add(path)
        per_folder[folder(path)] += 1
        response = client.get(path)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        found = inline_code_in(response.content.decode())
        if found.offences:
            offences[path] = found.offences
        queue += [p for p in map(crawlable, found.links) if p and p not in seen]
    assert len(seen) > 20, f"the crawl reached only {sorted(seen)}"
    return offences


@pytest.mark.usefixtures("seeded_demo")
def test_no_page_a_visitor_or_member_reaches_holds_inline_script_or_style(client):
    start = ["/", "/buscar/?q=catastro", "/no-existe/", "/cuenta/registro/"]
    assert offences_on_pages_reached_by(client, start) == {}
    signed_in_start = [*start, "/cuenta/perfil/", "/comunidad/notificaciones/"]
    for username, own_start in [
        ("miembro", ["/comunidad/preferencias/", "/comunidad/compartir-practica/"]),
        ("moderador", []),
        ("jurado", ["/encuentro/jurado/"]),
    ]:
        client.force_login(get_user_model().objects.get(username=username))
        assert offences_on_pages_reached_by(client, signed_in_start + own_start) == {}, username


def test_the_server_error_page_has_no_inline_style():
    assert inline_code_in(render_to_string("500.html")).offences == []


def test_a_json_ld_block_closed_early_by_its_text_is_caught():
    broken = '<script type="application/ld+json">{"name": "</script><script>alert(1)</script>"}'
    assert inline_code_in(broken).offences == [
        'JSON-LD block that is not JSON: {"name": "',
        "inline script: <script>",
    ]
    escaped = '<script type="application/ld+json">{"name": "\\u003C/script\\u003E"}</script>'
    assert inline_code_in(escaped).offences == []
