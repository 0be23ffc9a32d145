"""Member-written Markdown is sanitised: filter-evasion payloads lose everything executable."""

import re
from html.parser import HTMLParser

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from community.markup import mentioned_usernames, quote, render_markdown

from .conftest import login

XSS_PAYLOADS = [
    "<script>alert('xss')</script>",
    "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<body onload=alert('XSS')>",
    '<a href="javascript:alert(1)">clic</a>',
    '<a href="JaVaScRiPt:alert(1)">clic</a>',
    '<a href="jav&#x09;ascript:alert(1)">clic</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    "[clic](javascript:alert(1))",
    "[clic](vbscript:msgbox(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![img](javascript:alert(1))",
    '<iframe src="https://malo.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">estilo</p>',
    '<div onmouseover="alert(1)">pase</div>',
    "<object data=javascript:alert(1)></object>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<<script>script>alert(1)<</script>/script>",
    '<a href="http://ok.example" onclick="alert(1)">ok</a>',
    "<style>body{display:none}</style>",
    '<form action="javascript:alert(1)"><input type=submit></form>',
    "<!--<script>alert(1)</script>-->",
]
FORBIDDEN = ["<script", "javascript:", "vbscript:", "data:", "onerror", "onload", "onclick",
             "onmouseover", "<iframe", "style=", "<style", "<object", "<svg", "<img", "<form",
             "<input", "<math"]  # fmt: skip


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_markdown_renders_without_anything_executable(payload):
    html = render_markdown(payload).lower()
    for needle in FORBIDDEN:
        assert needle not in html, (payload, html)


def test_links_are_marked_as_user_content():
    html = render_markdown("Vea [la guía](https://redatt.example/guia) y https://dnp.gov.co")
    assert html.count('rel="nofollow ugc noopener"') == 2
    assert 'href="https://redatt.example/guia"' in html


def test_markdown_formatting_survives():
    html = render_markdown("**Plan** y *PDT*\n\n- uno\n- dos\n\n> cita")
    for tag in ("<strong>Plan</strong>", "<em>PDT</em>", "<li>uno</li>", "<blockquote>"):
        assert tag in html


def test_mentions_and_quotes():
    assert mentioned_usernames("Hola @marta y @pedro.r, @marta otra vez; correo a@b.co") == [
        "marta",
        "pedro.r",
    ]
    assert quote("línea uno\nlínea dos") == "> línea uno\n> línea dos\n\n"


class ExecutableParts(HTMLParser):
    """What a browser would run in a page: event handlers, script URLs, scripts not the site's."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            # Browsers ignore whitespace and control characters inside a URL's scheme.
            url = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name.startswith("on") or url.startswith(("javascript:", "vbscript:", "data:")):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self.in_script = True
            src = dict(attrs).get("src")
            if src is not None and not src.startswith("/static/"):
                self.found.append(f"<script src={src!r}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert(" in data:
            self.found.append(f"<script>{data}")


def executable_parts(html):
    parser = ExecutableParts()
    parser.feed(html)
    parser.close()
    return parser.found


ESCAPE_PAYLOADS = XSS_PAYLOADS[:8]


@pytest.mark.parametrize("payload", ESCAPE_PAYLOADS)
def test_each_payload_would_be_caught_on_a_page_that_failed_to_escape_it(payload):
    """The check below means something: every payload, left raw in a page, is seen."""
    assert executable_parts(f"<h1>Título {payload}</h1><div>{payload}</div>")


@pytest.mark.parametrize("payload", ESCAPE_PAYLOADS)
def test_every_field_a_member_writes_is_escaped_on_the_page(client, member, public_space, payload):
    login(client, member)
    response = client.post(
        reverse("community:new_thread", args=[public_space.pk]),
        {"title": f"Título {payload}", "category": "pregunta", "source": payload},
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert executable_parts(page) == []
    # The title is there, shown as the text the member typed.
    heading = BeautifulSoup(page, "html.parser").select_one("main h1")
    assert heading.get_text(strip=True) == f"Título {payload}"
