"""iCal feeds (RFC 5545), parsed back with the icalendar package as a calendar app would."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from wagtail.models import Site

from training.factories import CohortFactory, CoursePageFactory
from training.models import Cohort

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    return calendar.walk("VEVENT")


@pytest.fixture
def courses(plan):
    virtual_managerial = CoursePageFactory(
        parent=plan, title="MDM virtual", modality="virtual", capacity_levels=["gerencial"]
    )
    virtual_institutional = CoursePageFactory(
        parent=plan, title="MIPG virtual", modality="virtual", capacity_levels=["institucional"]
    )
    in_person_managerial = CoursePageFactory(
        parent=plan, title="Planes presencial", modality="presencial", capacity_levels=["gerencial"]
    )
    return {
        "mdm": [CohortFactory(course=virtual_managerial), CohortFactory(course=virtual_managerial)],
        "mipg": [CohortFactory(course=virtual_institutional)],
        "planes": [CohortFactory(course=in_person_managerial, municipality="52356")],
    }


def test_the_whole_catalogue_feed_has_one_event_per_cohort(plan, courses, client):
    events = parse(client.get(plan.url + "ical/"))
    assert len(events) == 4
    uids = {str(event["UID"]) for event in events}
    assert len(uids) == 4
    planes = next(e for e in events if "Planes presencial" in str(e["SUMMARY"]))
    cohort = courses["planes"][0]
    assert planes.decoded("DTSTART") == cohort.start_date
    assert cohort.municipality.name in str(planes["LOCATION"])  # whichever name the DB holds
    # The event links to its course's page, absolute (on the site's address) for calendar apps.
    url = urlsplit(str(planes["URL"]))
    assert f"{url.scheme}://{url.netloc}" == Site.objects.get(is_default_site=True).root_url
    assert url.path == cohort.course.url
    course_page = BeautifulSoup(client.get(url.path).content, "html.parser")
    assert course_page.select_one("main h1").get_text(strip=True) == "Planes presencial"


def test_a_filtered_feed_has_only_the_matching_cohorts(plan, courses, client):
    events = parse(client.get(plan.url + "ical/?modalidad=virtual&nivel=gerencial"))
    expected = {f"convocatoria-{c.pk}@testserver" for c in courses["mdm"]}
    assert {str(event["UID"]) for event in events} == expected


def test_the_catalogue_page_links_the_feed_of_its_selection(plan, courses, client):
    html = client.get(plan.url, {"modalidad": "virtual"}).content.decode()
    assert f'href="{plan.url}ical/?modalidad=virtual"' in html


def test_a_course_feed_has_its_cohorts_and_marks_cancelled_ones(plan, courses, client):
    course = courses["mdm"][0].course
    courses["mdm"][1].status = Cohort.Status.CANCELLED
    courses["mdm"][1].save()
    events = parse(client.get(course.url + "ical/"))
    assert sorted(str(e["STATUS"]) for e in events) == ["CANCELLED", "CONFIRMED"]
