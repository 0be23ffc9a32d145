"""Every absolute link the site hands out starts at the same root (`core.links`): the default
Wagtail Site's host and port, or BASE_URL when the operator sets it. One test per channel, run
once with the Site at example.gov.co:8443 and once with BASE_URL set.

Before: the demo mailed `http://localhost/…` (no port, nothing listening) while RSS said
`127.0.0.1:8000`, so every e-mailed link was broken.
"""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from types import SimpleNamespace

import feedparser
import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Site

from accounts.factories import UserFactory
from community.factories import SpacePageFactory, ThreadFactory, create_community
from community.notify import REPLY
from core import links
from demo.core import seed_site
from knowledge.adoption import FOLLOW_UP_AFTER, send_follow_ups
from knowledge.factories import AdoptionFactory, GuidePageFactory, create_library
from notifications.models import EmailPreference
from notifications.notify import send
from reference.models import Department, Municipality
from training.enrolment import enrol
from training.factories import CohortFactory, CoursePageFactory, create_plan

from .test_configuration import production_settings

pytestmark = pytest.mark.django_db

URL = re.compile(r"https?://[^\s<>\"']+")
OPERATOR_BASE_URL = "https://redatt.example.org"


def move_default_site(hostname, port):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = hostname, port
    site.save()


@pytest.fixture(params=["site", "base_url"])
def root(request, settings):
    """The Site at example.gov.co:8443; in the second run BASE_URL overrides it."""
    move_default_site("example.gov.co", 8443)
    if request.param == "base_url":
        settings.BASE_URL = OPERATOR_BASE_URL + "/"  # a trailing slash is forgiven
        return OPERATOR_BASE_URL + "/"
    return "http://example.gov.co:8443/"


@pytest.fixture
def world(db):
    """One of each thing a channel links to: a guide, a public thread, a course with a cohort."""
    library = create_library()
    plan = create_plan()
    course = CoursePageFactory(parent=plan, title="Presupuesto público territorial")
    space = SpacePageFactory(parent=create_community(), title="Hacienda territorial")
    member = UserFactory(username="ana_enlaces", email="ana@example.org")
    return SimpleNamespace(
        library=library,
        guide=GuidePageFactory(parent=library, title="Guía de catastro multipropósito"),
        plan=plan,
        course=course,
        cohort=CohortFactory(course=course, seats=5),
        thread=ThreadFactory(space=space, author=member, title="¿Cómo actualizar el catastro?"),
        member=member,
    )


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return response


def urls_in(text):
    return URL.findall(text)


# Each channel: the absolute URLs a reader, a crawler or a mail client receives from it.


def sitemap(client, world, capture):
    tree = ET.fromstring(get(client, "/sitemap.xml").content)  # noqa: S314 - the site's own
    locations = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert any(world.thread.get_absolute_url() in url for url in locations)  # threads too
    return locations


def robots_txt(client, world, capture):
    return urls_in(get(client, "/robots.txt").content.decode())


def api(client, world, capture):
    data = json.loads(get(client, "/api/v2/pages/?type=knowledge.GuidePage").content)
    metas = [item["meta"] for item in data["items"]]
    assert metas, "the API listed no guide"
    return [meta["html_url"] for meta in metas] + [meta["detail_url"] for meta in metas]


def feed_links(client, url):
    feed = feedparser.parse(get(client, url).content)
    assert feed.entries
    own = [link.href for link in feed.feed.get("links", [])]
    return [feed.feed.link, *own, *(entry.link for entry in feed.entries)]


def rss(client, world, capture):
    return feed_links(client, world.library.url + "rss/")


def atom(client, world, capture):
    return feed_links(client, world.library.url + "atom/")


def ical(client, world, capture):
    calendar = Calendar.from_ical(get(client, world.plan.url + "ical/").content)
    return [str(event["URL"]) for event in calendar.walk("VEVENT")]


def library_csv(client, world, capture):
    body = b"".join(get(client, world.library.url + "csv/").streaming_content).decode("utf-8")
    return [row["url"] for row in csv.DictReader(io.StringIO(body, newline=""))]


def page_metadata(client, world, capture):
    """Canonical and Open Graph addresses, on a page and on a view that is not a page."""
    found = []
    for url in (world.guide.url, "/buscar/"):
        soup = BeautifulSoup(get(client, url).content, "html.parser")
        found += [tag["href"] for tag in soup.select("link[rel=canonical]")]
        found += [tag["content"] for tag in soup.select("meta[property='og:url']")]
    return found


def mailed(capture, action):
    """The links in the e-mails (bodies and List-Unsubscribe headers) `action` sends."""
    mail.outbox.clear()
    with capture(execute=True):
        action()
    assert mail.outbox, "no e-mail was sent"
    found = []
    for message in mail.outbox:
        found += urls_in(message.body)
        found += urls_in(message.extra_headers.get("List-Unsubscribe", ""))
    return found


def community_notice(client, world, capture):
    return mailed(
        capture,
        lambda: send(
            [world.member],
            REPLY,
            "Nueva respuesta",
            world.thread.get_absolute_url(),
        ),
    )


def community_digest(client, world, capture):
    EmailPreference.objects.create(user=world.member, frequency="diario")
    send([world.member], REPLY, "Nueva respuesta", world.thread.get_absolute_url())
    return mailed(capture, lambda: call_command("send_digests", stdout=io.StringIO()))


def password_reset(client, world, capture):
    return mailed(
        capture, lambda: client.post("/cuenta/clave/recuperar/", {"email": world.member.email})
    )


def signup_confirmation(client, world, capture):
    narino = Department.objects.get(code="52")
    pasto = Municipality.objects.get(code="52001")
    data = {
        "username": "nuevo_funcionario", "first_name": "Luis", "last_name": "Gómez",
        "email": "luis@example.org", "password1": "una-clave-muy-segura-2026",
        "password2": "una-clave-muy-segura-2026", "position": "Secretario de planeación",
        "entity_other": "Alcaldía de Pasto", "accept_policy": "on",
        "department": narino.pk, "municipality": pasto.code,
    }  # fmt: skip
    return mailed(capture, lambda: client.post("/cuenta/registro/", data))


def adoption_follow_up(client, world, capture):
    created = timezone.now() - FOLLOW_UP_AFTER - timedelta(days=1)
    AdoptionFactory(page=world.guide, user=world.member, created=created)
    return mailed(capture, send_follow_ups)


def enrolment(client, world, capture):
    return mailed(capture, lambda: enrol(world.member, world.cohort))


def wagtail_admin_emails(client, world, capture):
    """Wagtail's own e-mails (workflow, to staff) read WAGTAILADMIN_BASE_URL."""
    return [str(settings.WAGTAILADMIN_BASE_URL) + "/admin/"]


CHANNELS = [
    sitemap, robots_txt, api, rss, atom, ical, library_csv, page_metadata, community_notice,
    community_digest, password_reset, signup_confirmation, adoption_follow_up, enrolment,
    wagtail_admin_emails,
]  # fmt: skip


@pytest.mark.parametrize("channel", CHANNELS, ids=[channel.__name__ for channel in CHANNELS])
def test_every_channel_links_to_the_site_root(
    channel, root, world, client, django_capture_on_commit_callbacks
):
    found = channel(client, world, django_capture_on_commit_callbacks)
    assert found, f"{channel.__name__} gave no link"
    assert [url for url in found if not url.startswith(root)] == []


# The rule itself.


@pytest.mark.parametrize(
    ("hostname", "port", "scheme", "expected"),
    [
        ("example.gov.co", 8443, "http", "http://example.gov.co:8443"),
        ("example.gov.co", 8443, "https", "https://example.gov.co:8443"),
        ("redatt.gov.co", 80, "https", "https://redatt.gov.co"),  # production behind its proxy
        ("redatt.gov.co", 443, "http", "https://redatt.gov.co"),
        ("127.0.0.1", 8000, "http", "http://127.0.0.1:8000"),
    ],
)
def test_the_root_is_the_sites_host_and_port_with_the_configured_scheme(
    settings, hostname, port, scheme, expected
):
    settings.LINK_SCHEME = scheme
    move_default_site(hostname, port)
    assert links.base_url() == expected
    assert links.absolute("/formacion/") == expected + "/formacion/"


def test_production_links_are_https_and_base_url_is_read_from_the_environment():
    assert production_settings("LINK_SCHEME", "BASE_URL") == {
        "LINK_SCHEME": "https",
        "BASE_URL": "",
    }
    chosen = production_settings("BASE_URL", BASE_URL="https://redatt.gov.co")
    assert chosen == {"BASE_URL": "https://redatt.gov.co"}


def test_a_site_edited_in_the_admin_changes_links_at_once(world):
    move_default_site("uno.gov.co", 80)
    assert links.absolute(world.guide.url) == "http://uno.gov.co" + world.guide.url
    move_default_site("dos.gov.co", 8080)
    guide = Page.objects.get(pk=world.guide.pk).specific  # a page remembers its site's root
    assert guide.full_url == "http://dos.gov.co:8080" + guide.url
    assert links.base_url() == "http://dos.gov.co:8080"


def test_relative_links_stay_relative(world, root):
    assert world.guide.url.startswith("/")
    assert links.absolute("https://www.sgr.gov.co/") == "https://www.sgr.gov.co/"


# The demo seed: the Site is what `make run` serves, so the demo's e-mailed links open.


def test_the_demo_site_is_what_make_run_serves(settings):
    settings.BASE_URL = ""
    seed_site(SimpleNamespace(step=lambda message: None))
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"
    assert links.base_url() == "http://127.0.0.1:8000"


def test_the_demo_site_follows_base_url_when_set(settings):
    settings.BASE_URL = "https://redatt.example.org"
    seed_site(SimpleNamespace(step=lambda message: None))
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("redatt.example.org", 443)


def test_the_demo_seed_keeps_a_site_editors_changed(settings):
    settings.BASE_URL = ""
    move_default_site("redatt.gov.co", 80)
    seed_site(SimpleNamespace(step=lambda message: None))
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("redatt.gov.co", 80)
