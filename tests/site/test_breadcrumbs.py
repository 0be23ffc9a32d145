"""Breadcrumbs are one list markup everywhere: an ordered list of the page's ancestors below the
home page, each a link, with no separator character left dangling after the last one."""

import pytest
from bs4 import BeautifulSoup

from knowledge.factories import GuidePageFactory, create_library
from training.factories import (
    CourseLessonPageFactory,
    CourseModulePageFactory,
    CoursePageFactory,
    create_plan,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    plan = create_plan()
    course = CoursePageFactory(parent=plan, title="Presupuesto público territorial")
    module = CourseModulePageFactory(parent=course, title="Módulo 1: el ciclo presupuestal")
    lesson = CourseLessonPageFactory(parent=module, title="Lección 1: el plan financiero")
    guide = GuidePageFactory(parent=create_library(), title="Guía de catastro multipropósito")
    return {"plan": plan, "course": course, "module": module, "lesson": lesson, "guide": guide}


@pytest.mark.parametrize("name", ["plan", "course", "module", "lesson", "guide"])
def test_the_breadcrumb_lists_the_ancestors_as_links(client, pages, name):
    page = pages[name]
    response = client.get(page.url)
    assert response.status_code == 200
    trail = BeautifulSoup(response.content, "html.parser").select_one("nav.breadcrumb")
    expected = [ancestor.title for ancestor in page.get_ancestors()[1:]]
    assert [link.get_text(strip=True) for link in trail.select("ol > li > a")] == expected
    assert "›" not in trail.get_text()
