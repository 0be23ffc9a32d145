"""What search engines and link previews see: canonical URL, Open Graph, JSON-LD, sitemap."""

import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory

from wagtail.models import Site

from knowledge.factories import (
    GuidePageFactory,
    LessonPageFactory,
    PracticePageFactory,
    guide_steps,
)


def head_of(page, query=""):
    """The SEO tags as the page's own template renders them, for a visitor's request."""
    request = RequestFactory().get(page.url + query)
    request.user = AnonymousUser()
    html = render_to_string("includes/seo.html", page.get_context(request), request=request)
    return BeautifulSoup(html, "html.parser")


def og(soup):
    return {tag["property"]: tag["content"] for tag in soup.select("meta[property^='og:']")}


def canonical(soup):
    return [link["href"] for link in soup.select("link[rel='canonical']")]


def json_ld(soup):
    return [
        json.loads(script.string) for script in soup.select("script[type='application/ld+json']")
    ]


def test_library_item_declares_its_canonical_url(catalogue):
    guide = catalogue.health_guide
    assert canonical(head_of(guide)) == [guide.get_full_url()]


def test_filtered_listing_points_search_engines_to_the_unfiltered_listing(library, catalogue):
    assert canonical(head_of(library, "?sector=salud&page=2")) == [library.get_full_url()]


def test_open_graph_describes_the_item_for_link_previews(catalogue):
    guide = catalogue.health_guide
    assert og(head_of(guide)) == {
        "og:site_name": "Red ATT",
        "og:locale": "es_CO",
        "og:type": "article",
        "og:title": "Guía de salud pública territorial",
        "og:description": guide.summary,
        "og:url": guide.get_full_url(),
        "og:image": "http://localhost/static/img/share-card.png",
        "og:image:width": "1200",
        "og:image:height": "630",
        "og:image:alt": "Red ATT: asistencia técnica territorial que se comparte",
    }


def test_open_graph_prefers_the_editors_seo_title_and_description(library):
    guide = GuidePageFactory(
        parent=library,
        title="Guía",
        seo_title="Guía para formular el plan de desarrollo",
        search_description="Cómo formular el plan paso a paso.",
    )
    tags = og(head_of(guide))
    assert tags["og:title"] == "Guía para formular el plan de desarrollo"
    assert tags["og:description"] == "Cómo formular el plan paso a paso."


def test_guide_with_steps_is_described_as_a_howto(library):
    guide = GuidePageFactory(
        parent=library,
        sectors=["salud"],
        departments=["52"],
        entity="dnp",
        steps=guide_steps("Diagnóstico", "Plan <de> acción"),
    )
    (data,) = json_ld(head_of(guide))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == ["LearningResource", "HowTo"]
    assert data["name"] == guide.title
    assert data["url"] == guide.get_full_url()
    assert data["inLanguage"] == "es-CO"
    assert data["datePublished"] == guide.publication_date.isoformat()
    assert data["author"] == {
        "@type": "Organization",
        "name": "Departamento Nacional de Planeación",
    }
    assert data["spatialCoverage"] == [
        {"@type": "AdministrativeArea", "name": "Nariño", "identifier": "52"}
    ]
    assert [(step["position"], step["name"]) for step in data["step"]] == [
        (1, "Diagnóstico"),
        (2, "Plan <de> acción"),
    ]
    assert data["step"][1]["text"] == "Plan <de> acción: qué hacer."


@pytest.mark.parametrize(
    ("factory", "kwargs", "schema_type"),
    [
        (GuidePageFactory, {}, ["LearningResource", "Article"]),
        (LessonPageFactory, {}, ["LearningResource", "Article"]),
        (PracticePageFactory, {}, ["CreativeWork"]),
    ],
    ids=["guide-without-steps", "lesson", "practice"],
)
def test_other_library_items_get_their_schema_type(library, factory, kwargs, schema_type):
    item = factory(parent=library, sectors=["hacienda-publica"], tags=["catastro"], **kwargs)
    (data,) = json_ld(head_of(item))
    assert data["@type"] == schema_type
    assert data["name"] == item.title
    assert data["keywords"] == ["Hacienda pública", "catastro"]


def test_json_ld_survives_a_title_that_tries_to_close_the_script(library):
    title = 'Guía </script><script>alert("x")</script> & más'
    guide = GuidePageFactory(parent=library, title=title)
    soup = head_of(guide)
    assert [script["type"] for script in soup.find_all("script")] == ["application/ld+json"]
    (data,) = json_ld(soup)
    assert data["name"] == title


def test_pages_outside_the_library_get_sharing_tags_but_no_json_ld(db):
    home = Site.objects.get(is_default_site=True).root_page.specific
    soup = head_of(home)
    assert canonical(soup) == [home.get_full_url()]
    assert og(soup)["og:type"] == "website"
    assert json_ld(soup) == []


def test_views_without_a_wagtail_page_still_get_site_wide_sharing_tags(db):
    """The search view passes its paginator page as `page`; it must not be taken for a page."""
    request = RequestFactory().get("/buscar/?q=agua")
    context = {"page": Paginator(["resultado"], 10).get_page(1)}
    soup = BeautifulSoup(
        render_to_string("includes/seo.html", context, request=request), "html.parser"
    )
    assert canonical(soup) == []
    assert og(soup)["og:url"] == "http://localhost/buscar/"  # the default Site, not the request
    assert og(soup)["og:site_name"] == "Red ATT"


def test_library_item_page_carries_the_seo_tags_in_its_head(client, catalogue):
    """`templates/base.html` must include `includes/seo.html` in its head."""
    response = client.get(catalogue.health_guide.url)
    head = BeautifulSoup(response.content, "html.parser").head
    assert canonical(head) == [catalogue.health_guide.get_full_url()]
    assert og(head)["og:type"] == "article"
    assert [data["@type"] for data in json_ld(head)] == [["LearningResource", "Article"]]


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap, not untrusted input
    return {loc.text for loc in root.findall("sm:url/sm:loc", namespace)}


def test_sitemap_lists_the_library_and_its_published_items(client, library, catalogue):
    locations = sitemap_locations(client)
    assert library.get_full_url() in locations
    assert catalogue.health_guide.get_full_url() in locations
    assert catalogue.finance_lesson.get_full_url() in locations


@pytest.mark.parametrize("hidden", ["draft", "unpublished", "restricted"])
def test_sitemap_leaves_out_pages_visitors_cannot_see(client, catalogue, hidden):
    page = getattr(catalogue, hidden)
    assert page.get_full_url() not in sitemap_locations(client)
