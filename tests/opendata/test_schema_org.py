"""schema.org JSON-LD in the head of guides, courses and whatever a view describes: what search
engines and learning platforms read, parsed with rdflib as they would."""

import pytest
from bs4 import BeautifulSoup
from rdflib import RDF, Literal, Namespace

from django.template import Context, Template
from django.test import RequestFactory

from training.factories import CohortFactory, CoursePageFactory
from training.models import CourseModulePage

from .conftest import json_ld_blocks, restrict_to_members, schema_graph

SDO = Namespace("https://schema.org/")


def page_json_ld(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return json_ld_blocks(response.content)


def one_of_type(graph, kind):
    (node,) = graph.subjects(RDF.type, SDO[kind])
    return node


def test_course_is_a_course_with_an_instance_per_coming_cohort(client, open_site):
    course = open_site.course
    CohortFactory(course=course, status="cancelada")  # no longer offered: left out
    (data,) = page_json_ld(client, course)
    graph = schema_graph(data)
    node = one_of_type(graph, "Course")
    assert str(node) == course.get_full_url()
    assert graph.value(node, SDO.name) == Literal(course.title)
    assert graph.value(node, SDO.courseCode) == Literal("PPT-1")
    provider = graph.value(node, SDO.provider)
    assert str(graph.value(provider, SDO.name)) == str(course.entity)
    instances = list(graph.objects(node, SDO.hasCourseInstance))
    modes = {str(graph.value(i, SDO.courseMode)) for i in instances}
    assert modes == {"online", "onsite"}
    onsite = next(i for i in instances if str(graph.value(i, SDO.courseMode)) == "onsite")
    cohort = open_site.onsite_cohort
    assert str(graph.value(onsite, SDO.startDate)) == cohort.start_date.isoformat()
    assert str(graph.value(onsite, SDO.endDate)) == cohort.end_date.isoformat()
    address = graph.value(graph.value(onsite, SDO.location), SDO.address)
    assert str(graph.value(address, SDO.addressLocality)) == "Ipiales"
    assert str(graph.value(address, SDO.addressRegion)) == "Nariño"


def test_a_cohort_both_online_and_in_a_town_is_blended(client, open_site):
    course = CoursePageFactory(parent=open_site.plan, title="Curso mixto")
    CohortFactory(course=course, municipality="52001", online=True)
    graph = schema_graph(page_json_ld(client, course)[0])
    (instance,) = graph.objects(one_of_type(graph, "Course"), SDO.hasCourseInstance)
    assert str(graph.value(instance, SDO.courseMode)) == "blended"


def test_guide_with_steps_is_a_learning_resource_and_a_howto_with_its_steps(client, open_site):
    """Described by the library's own SEO tags (knowledge.seo), once."""
    (data,) = page_json_ld(client, open_site.guide)
    graph = schema_graph(data)
    guide = one_of_type(graph, "HowTo")
    assert guide == one_of_type(graph, "LearningResource")
    assert graph.value(guide, SDO.name) == Literal(open_site.guide.title)
    steps = {
        str(graph.value(step, SDO.name)): graph.value(step, SDO.position).toPython()
        for step in graph.objects(guide, SDO.step)
    }
    assert steps == {"Diagnóstico": 1, "Plan de acción": 2}


def test_module_of_a_course_is_a_learning_resource_part_of_it(client, open_site):
    module = open_site.course.add_child(
        instance=CourseModulePage(title="Módulo 1: el presupuesto", summary="Lo básico.")
    )
    graph = schema_graph(page_json_ld(client, module)[0])
    node = one_of_type(graph, "LearningResource")
    assert str(graph.value(node, SDO.isPartOf)) == open_site.course.get_full_url()


def test_restricted_course_gives_members_its_page_but_no_json_ld(member_client, open_site):
    course = restrict_to_members(
        CoursePageFactory(parent=open_site.plan, title="Curso interno de la red")
    )
    CohortFactory(course=course)
    response = member_client.get(course.url)
    assert response.status_code == 200
    assert json_ld_blocks(response.content) == []


def test_a_title_cannot_close_the_script_it_is_printed_in(client, open_site):
    title = 'Curso </script><script>alert("x")</script> & <!-- más'
    course = CoursePageFactory(parent=open_site.plan, title=title)
    response = client.get(course.url)
    head = BeautifulSoup(response.content, "html.parser").head
    assert [s.get("type") for s in head.find_all("script")] == ["application/ld+json"]
    assert "</script><script>" not in head.script.string
    (data,) = json_ld_blocks(response.content)
    assert data["name"] == title


class Described:
    """An object a view describes itself with (events do), through `schema_org(request)`."""

    def schema_org(self, request):
        return {"@type": "Event", "name": "Foro </script> territorial", "startDate": "2027-03-01"}


@pytest.mark.parametrize(
    "described",
    [Described(), Described().schema_org(None)],
    ids=["object-with-schema_org", "its-description"],
)
def test_what_a_view_puts_in_the_context_describes_itself(db, described):
    head = Template("<head>{% load schema_org %}{% schema_org %}</head>")
    request = RequestFactory().get("/eventos/foro/")
    html = head.render(Context({"schema_object": described, "request": request}))
    (data,) = json_ld_blocks(html)
    graph = schema_graph(data)
    event = one_of_type(graph, "Event")
    assert str(graph.value(event, SDO.name)) == "Foro </script> territorial"


def test_pages_without_a_mapping_get_no_json_ld(client, open_site):
    assert page_json_ld(client, open_site.plan) == []
