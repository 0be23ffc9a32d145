"""A site with something in every open dataset: library, courses and cohorts, a meeting edition,
readers' answers and adoptions, and searches; and the JSON-LD helpers the tests read it with."""

import json
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from rdflib import Graph

from wagtail.models import PageViewRestriction, Site

from core.operator import OperatorSettings
from knowledge.factories import (
    AdoptionFactory,
    GuidePageFactory,
    LessonPageFactory,
    UsefulnessAnswerFactory,
    create_library,
    guide_steps,
)
from meeting.factories import create_edition
from training.factories import CohortFactory, CoursePageFactory, create_plan

# schema.org's published context maps every term into its vocabulary; the tests run offline,
# so rdflib reads the pages' JSON-LD with that context given inline.
SCHEMA_ORG_CONTEXT = {"@vocab": "https://schema.org/"}


def restrict_to_members(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def operator(db):
    settings = OperatorSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "datos@dnp.gov.co"
    settings.website = "https://www.dnp.gov.co/"
    settings.save()
    return settings


@pytest.fixture
def open_site(db, operator):
    library = create_library()
    guide = GuidePageFactory(
        parent=library,
        title="Guía para formular el plan de desarrollo",
        entity="dnp",
        steps=guide_steps("Diagnóstico", "Plan de acción"),
    )
    lesson = LessonPageFactory(parent=library, title="Lección de hacienda pública")
    hidden = restrict_to_members(GuidePageFactory(parent=library, title="Guía interna"))
    plan = create_plan()
    course = CoursePageFactory(parent=plan, title="Presupuesto público territorial", code="PPT-1")
    return SimpleNamespace(
        library=library,
        guide=guide,
        lesson=lesson,
        hidden=hidden,
        plan=plan,
        course=course,
        online_cohort=CohortFactory(course=course),
        onsite_cohort=CohortFactory(course=course, municipality="52356", online=False),
        edition=create_edition(),
    )


@pytest.fixture
def feedback(open_site):
    """Answers and adoptions on the public guide, and on the restricted one."""
    for useful in (True, True, True, False):
        UsefulnessAnswerFactory(page=open_site.guide, useful=useful, comment="Me sirvió mucho")
    AdoptionFactory(page=open_site.guide, entity_name="Alcaldía de Ipiales", department="52")
    AdoptionFactory(page=open_site.guide, entity_name="Alcaldía de Pasto", department="52")
    UsefulnessAnswerFactory(page=open_site.hidden, useful=True)
    return open_site


def json_ld_blocks(html):
    """Every JSON-LD data block of a page's head, as dicts."""
    head = BeautifulSoup(html, "html.parser").head
    return [json.loads(s.string) for s in head.select("script[type='application/ld+json']")]


def schema_graph(data):
    """An rdflib graph of a schema.org JSON-LD block (its context checked, then given inline)."""
    assert data["@context"] == "https://schema.org"
    graph = Graph()
    graph.parse(data=json.dumps({**data, "@context": SCHEMA_ORG_CONTEXT}), format="json-ld")
    return graph
