"""Courses in the site search: faceted like the catalogue, with where and when their cohorts run.

Course pages reach the index through search/signals.py like every page; cohorts are plain models,
so saving or deleting one re-indexes its course here (dates and places are part of the document).
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from search import indexing
from search.documents import (
    SearchDocument,
    page_is_findable,
    register_kind,
    register_page_kind,
    searchable_text,
)

from .models import Cohort, CourseLessonPage, CourseModulePage, CoursePage


def _cohorts(course):
    return list(
        course.cohorts.exclude(status=Cohort.Status.CANCELLED)
        .select_related("municipality__department")
        .order_by("start_date", "pk")
    )


def course_date(course, cohorts):
    """The next cohort's start, else the latest one's, else when the course was published."""
    today = timezone.localdate()
    upcoming = [c.start_date for c in cohorts if c.start_date >= today]
    if upcoming:
        return upcoming[0]
    if cohorts:
        return cohorts[-1].start_date
    published = course.last_published_at or course.first_published_at
    return published.date() if published else None


def course_document(page):
    """A live, public course: its text, its cohorts' places, and the catalogue's facets."""
    course = page.specific
    if not page_is_findable(course):
        return None
    cohorts = _cohorts(course)
    departments = {c.municipality.department for c in cohorts if c.municipality_id}
    departments = sorted(departments, key=lambda d: d.name)
    places = [str(c.place) for c in cohorts]
    return SearchDocument(
        kind="curso",
        pk=course.pk,
        title=course.title,
        url=course.url or "",
        body="\n".join([searchable_text(course), *places]),
        summary=course.summary,
        date=course_date(course, cohorts),
        territory=", ".join(d.name for d in departments)
        or str(_("En línea") if cohorts else _("Nacional")),
        facets={
            "nivel": [t.slug for t in course.capacity_levels.all()],
            "tipo": [t.slug for t in course.capacity_types.all()],
            "sector": [t.slug for t in course.sectors.all()],
            "entidad": [course.entity.slug],
            "departamento": [d.code for d in departments],
        },
    )


def register():
    register_kind(
        "curso",
        label=_("Curso"),
        model=CoursePage,
        build=course_document,
        objects=lambda: CoursePage.objects.live().public(),
    )
    register_page_kind("modulo", _("Módulo de curso"), CourseModulePage)
    register_page_kind("leccion-curso", _("Lección de curso"), CourseLessonPage)


@receiver(post_save, sender=Cohort)
@receiver(post_delete, sender=Cohort)
def cohort_changed(sender, instance, raw=False, **kwargs):
    """A cohort's dates and place are in its course's document."""
    course = CoursePage.objects.filter(pk=instance.course_id).first()
    if course is not None and not raw:
        indexing.update(course)
