"""Every public page says what the browser may run and use: a Content-Security-Policy that runs
only the site's own script files, and a Permissions-Policy that turns off the device features
the site never needs. The Wagtail admin runs inline scripts, so it is left out of the CSP.
"""

import pytest

from community.factories import SpacePageFactory, create_community

pytestmark = pytest.mark.django_db

UNUSED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb"]


def directives(response):
    """The CSP header as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


@pytest.fixture
def space_url():
    return SpacePageFactory(parent=create_community(), title="Hacienda territorial").url


@pytest.fixture(params=["home", "search", "community space"])
def public_response(request, client):
    path = {
        "home": lambda: "/",
        "search": lambda: "/buscar/?q=catastro",
        "community space": lambda: request.getfixturevalue("space_url"),
    }[request.param]()
    response = client.get(path)
    assert response.status_code == 200
    return response


def test_public_pages_run_only_the_sites_own_script_files(public_response):
    policy = directives(public_response)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]


def test_public_pages_allow_no_inline_styles_plugins_or_framing(public_response):
    policy = directives(public_response)
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]


def test_course_videos_may_be_framed_from_youtube_and_vimeo_only(client):
    frames = directives(client.get("/"))["frame-src"]
    assert "https://www.youtube-nocookie.com" in frames
    assert "https://player.vimeo.com" in frames
    assert "*" not in frames


def test_public_pages_turn_off_device_features_the_site_does_not_use(public_response):
    policy = public_response["Permissions-Policy"]
    for feature in UNUSED_FEATURES:
        assert f"{feature}=()" in policy


def test_the_wagtail_admin_is_left_out_of_the_public_policy(editor_client):
    """Wagtail's admin needs inline scripts; the public policy would break it."""
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
