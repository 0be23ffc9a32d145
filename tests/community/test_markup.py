"""Member-written Markdown is sanitised: filter-evasion payloads lose everything executable."""

import pytest

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


@pytest.mark.parametrize("payload", XSS_PAYLOADS[:8])
def test_every_field_a_member_writes_is_escaped_on_the_page(client, member, public_space, payload):
    login(client, member)
    response = client.post(
        reverse("community:new_thread", args=[public_space.pk]),
        {"title": f"Título {payload}", "category": "pregunta", "source": payload},
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode().lower()
    assert "<script>alert" not in page
    assert "onerror=alert" not in page.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert 'href="javascript:' not in page
