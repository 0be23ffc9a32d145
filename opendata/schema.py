"""schema.org JSON-LD for the pages search engines and learning platforms should understand.

`schema_org_data(context)` is what `{% schema_org %}` (templates/base.html's head) prints:
- what the view puts in the context as `schema_object`: an object that describes itself
  through its `schema_org(request)` method, or that description already made (events pass it);
- otherwise the page, through the mapping in `SCHEMAS`, keyed by page model: a course is a
  `Course` with a `CourseInstance` per cohort still to come, a module or lesson of a course a
  `LearningResource` that is part of it.
Library items (guides, lessons, practices) are described by `knowledge.seo` in the same head
(`includes/seo.html`: `HowTo` with its `HowToStep`s, `Article`, `CreativeWork`); they are not
mapped here, so a page never carries two descriptions of itself.

A page with a view restriction (signed-in members, a password, groups) gets nothing: what it is
about is not for everyone. The JSON is escaped as Django's `json_script` escapes it
(`knowledge.seo.json_ld_script`): no text can close the script element.
"""

import html
from collections.abc import Mapping

from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Page

from knowledge.seo import LANGUAGE, SCHEMA_CONTEXT, json_ld_script
from training.models import Cohort, CourseLessonPage, CourseModulePage, CoursePage


def plain(rich_text):
    """Rich text as one line of plain text."""
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


def organization(entity):
    return {"@type": "Organization", "name": str(entity)} if entity else None


def course_mode(cohort):
    if cohort.online and cohort.municipality_id:
        return "blended"
    return "online" if cohort.online else "onsite"


def cohort_location(cohort, course_url):
    places = []
    if cohort.municipality_id:
        town = cohort.municipality
        places.append(
            {
                "@type": "Place",
                "name": str(cohort.place),
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": town.name,
                    "addressRegion": town.department.name,
                    "addressCountry": "CO",
                },
            }
        )
    if cohort.online:
        places.append({"@type": "VirtualLocation", "url": course_url})
    return places[0] if len(places) == 1 else places


def coming_cohorts(course):
    """Cohorts not cancelled or finished that have not ended yet, soonest first."""
    return (
        course.cohorts.filter(end_date__gte=timezone.localdate())
        .exclude(status__in=[Cohort.Status.CANCELLED, Cohort.Status.FINISHED])
        .select_related("municipality__department")
        .order_by("start_date", "pk")
    )


def course_instance(cohort, course_url):
    return {
        "@type": "CourseInstance",
        "name": str(cohort.place),
        "courseMode": course_mode(cohort),
        "startDate": cohort.start_date,
        "endDate": cohort.end_date,
        "location": cohort_location(cohort, course_url),
        "maximumAttendeeCapacity": cohort.seats,
    }


def course(page, request):
    url = page.get_full_url(request)
    return {
        "@type": "Course",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page.summary or None,
        "courseCode": page.code,
        "inLanguage": LANGUAGE,
        "provider": organization(page.entity),
        "timeRequired": f"PT{page.duration_hours}H" if page.duration_hours else None,
        "teaches": plain(page.learning_outcomes) or None,
        "about": [sector.name for sector in page.sectors.all()],
        "audience": [
            {"@type": "Audience", "audienceType": group} for group in page.target_group_list
        ],
        "educationalCredentialAwarded": "Certificado" if page.certificate else None,
        "hasCourseInstance": [course_instance(c, url) for c in coming_cohorts(page)],
    }


def course_content(page, request):
    """A module or lesson of a course: a learning resource that is part of the course."""
    url = page.get_full_url(request)
    parent = page.course()
    return {
        "@type": "LearningResource",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page.summary or None,
        "inLanguage": LANGUAGE,
        "learningResourceType": str(page._meta.verbose_name),
        "isPartOf": {"@type": "Course", "@id": parent.get_full_url(request), "name": parent.title}
        if parent
        else None,
    }


SCHEMAS = {
    CoursePage: course,
    CourseModulePage: course_content,
    CourseLessonPage: course_content,
}


def restricted(page):
    """True when the page, or a page above it, has a view restriction."""
    return page.get_view_restrictions().exists()


def page_data(page, request):
    describe = SCHEMAS.get(type(page))
    if describe is None or restricted(page):
        return None
    return describe(page, request)


def schema_org_data(context):
    """The schema.org dict for what the template shows, or None."""
    request = context.get("request")
    described = context.get("schema_object")
    page = context.get("page")
    if isinstance(described, Mapping):  # the view described it already
        data = described
    elif described is not None and hasattr(described, "schema_org"):
        data = described.schema_org(request)
    elif isinstance(page, Page):
        data = page_data(page, request)
    else:
        return None
    if not data:
        return None
    return {"@context": SCHEMA_CONTEXT, **without_empty(data)}


def without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def script(context):
    data = schema_org_data(context)
    return json_ld_script(data) if data else ""
