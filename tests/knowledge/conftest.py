"""A small library: what visitors may find (by sector, capacity type, territory) and what not."""

from datetime import date
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from knowledge.factories import (
    GuidePageFactory,
    LessonPageFactory,
    PracticePageFactory,
    create_library,
)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def html_of(client, url):
    """The page at `url` as a visitor's browser receives it; anything but a 200 fails."""
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return soup_of(response)


def result_titles(soup):
    """Titles of the listing's results, in the order shown."""
    return [link.get_text(strip=True) for link in soup.select("ol.results .result-title a")]


def facet_counts(soup, param):
    """{value: count} for one facet, as the counts shown next to its checkboxes."""
    return {
        box["value"]: int(box.find_next("span", class_="count").get_text(strip=True)[1:-1])
        for box in soup.select(f"aside.facets input[name='{param}']")
    }


def restrict_to_logged_in_users(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def library(db):
    return create_library()


@pytest.fixture
def pdfs_on_publish(settings):
    """Publishing asks the task worker for the item's PDF, as in production (the test settings
    leave each PDF to its first request: a layout costs half a second)."""
    settings.KNOWLEDGE_PDFS_ON_PUBLISH = True


@pytest.fixture
def catalogue(library):
    """Three public items, newest first, plus a draft, an unpublished and a restricted item.

    The hidden ones all match the health filter, so a filter that leaks them is caught.
    """
    unpublished = GuidePageFactory(
        parent=library, title="Guía retirada de salud", sectors=["salud"]
    )
    unpublished.unpublish()
    return SimpleNamespace(
        health_guide=GuidePageFactory(
            parent=library,
            title="Guía de salud pública territorial",
            capacity_levels=["institucional"],
            capacity_types=["institucional"],
            sectors=["salud"],
            cycle_stages=["planeacion"],
            departments=["52"],
            tags=["vacunación"],
            entity="dnp",
            publication_date=date(2025, 3, 1),
        ),
        health_practice=PracticePageFactory(
            parent=library,
            title="Práctica: brigadas de salud rural",
            capacity_types=["sectorial"],
            sectors=["salud"],
            departments=["05"],
            publication_date=date(2025, 2, 1),
        ),
        finance_lesson=LessonPageFactory(
            parent=library,
            title="Lección de hacienda pública en Nariño",
            capacity_types=["institucional"],
            sectors=["hacienda-publica"],
            departments=["52"],
            publication_date=date(2024, 1, 15),
        ),
        draft=GuidePageFactory(
            parent=library, title="Borrador de salud", sectors=["salud"], live=False
        ),
        unpublished=unpublished,
        restricted=restrict_to_logged_in_users(
            GuidePageFactory(
                parent=library,
                title="Guía interna de salud",
                sectors=["salud"],
                capacity_types=["institucional"],
                departments=["52"],
            )
        ),
    )
