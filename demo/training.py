"""Demo training plan: a dozen courses, cohorts past and future, content for three virtual courses.

Idempotent: pages are found by slug under their parent, a course's cohorts are created only when
it has none, and enrolments only for demo accounts that exist (DEMO_MODE).
"""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Site

from knowledge.models import KnowledgePage
from notifications.models import Notification
from reference.models import CapacityLevel, CapacityType, Entity, Municipality, Sector
from training.models import (
    Cohort,
    CourseEvaluation,
    CourseLessonPage,
    CourseModulePage,
    CoursePage,
    Enrollment,
    TrainingPlanPage,
)
from training.permissions import grant_publisher_permissions, review_required_for
from training.surveys import SURVEY, invitation_text, survey_url

from .training_data import COURSES, MODULES, PLAN_INTRO, PLAN_SUMMARY, PLAN_TITLE, PREREQUISITES

# Demo accounts that fill the two-seat MDM cohort, the last one on the waiting list.
FULL_COHORT_COURSE = "DNP-MDM-03"
FULL_COHORT_PEOPLE = ("moderador", "jurado", "editor")
MEMBER = "miembro"
# Anonymous answers to a finished cohort, so the publishers' results page has content.
EVALUATION_PEOPLE = ("moderador", "jurado", "editor")
EVALUATIONS = (
    (5, 5, 4, 4, True, "Los ejemplos con presupuestos reales de municipios fueron lo más útil."),
    (4, 5, 4, 3, True, "Faltó tiempo para los ejercicios en grupo."),
    (3, 4, 3, 4, False, ""),
)


def published_child(parent, model, slug, m2m=None, **fields):
    """The live child of `parent` with `slug`, created and published if missing."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page:
        return page, False
    page = model(slug=slug, **fields)
    for name, values in (m2m or {}).items():
        setattr(page, name, values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def seed_plan():
    home = Site.objects.get(is_default_site=True).root_page
    plan, _created = published_child(
        home,
        TrainingPlanPage,
        "formacion",
        title=PLAN_TITLE,
        summary=PLAN_SUMMARY,
        intro=PLAN_INTRO,
        show_in_menus=True,
    )
    grant_publisher_permissions(plan, review_required_for(plan))
    return plan


def _library_pages(keywords):
    found = KnowledgePage.objects.none()
    for keyword in keywords:
        found |= KnowledgePage.objects.live().filter(title__icontains=keyword)
    return list(found.distinct()[:3])


def seed_course(plan, row):
    (code, title, entity, modality, hours, levels, types, sectors, certificate, summary,
     outcomes, groups, keywords, cohorts) = row  # fmt: skip
    items = "".join(f"<li>{escape(outcome)}</li>" for outcome in outcomes.split("\n"))
    course, created = published_child(
        plan,
        CoursePage,
        slugify(title)[:80],
        m2m={
            "capacity_levels": list(CapacityLevel.objects.filter(slug__in=levels)),
            "capacity_types": list(CapacityType.objects.filter(slug__in=types)),
            "sectors": list(Sector.objects.filter(slug__in=sectors)),
            "related_library_pages": _library_pages(keywords),
        },
        title=title,
        code=code,
        summary=summary,
        learning_outcomes=f"<ul>{items}</ul>",
        entity=Entity.objects.get(slug=entity),
        modality=modality,
        duration_hours=hours,
        target_groups=groups,
        certificate=certificate,
    )
    if not course.cohorts.exists():
        seed_cohorts(course, cohorts)
    return course


def seed_cohorts(course, cohorts):
    today = timezone.localdate()
    municipalities = Municipality.objects.in_bulk(
        [place for place, *_ in cohorts if place], field_name="code"
    )
    for place, start_in, length, seats, status in cohorts:
        if place and place not in municipalities:
            continue  # territory not imported: skip rather than invent a place
        start = today + timedelta(days=start_in)
        Cohort.objects.create(
            course=course,
            start_date=start,
            end_date=start + timedelta(days=length),
            enrolment_opens=start - timedelta(days=40),
            enrolment_closes=start - timedelta(days=1),
            online=place is None,
            municipality=municipalities.get(place),
            seats=seats,
            status=status,
        )


def seed_content(course, modules):
    for module_title, hours, summary, lessons in modules:
        module, _ = published_child(
            course, CourseModulePage, slugify(module_title)[:80],
            title=module_title, hours=hours, summary=summary,
        )  # fmt: skip
        for lesson_title, minutes, text, activity in lessons:
            body = [
                ("paragraph", f"<p>{escape(text)}</p>"),
                ("activity", {"title": "Actividad", "instructions": f"<p>{escape(activity)}</p>",
                              "minutes": 20}),
            ]  # fmt: skip
            published_child(
                module, CourseLessonPage, slugify(lesson_title)[:80],
                title=lesson_title, minutes=minutes, summary=text[:140], body=body,
            )  # fmt: skip


def seed_prerequisites(courses):
    for code, required in PREREQUISITES.items():
        course = courses[code]
        if not course.prerequisites.exists():
            course.prerequisites.set([courses[other] for other in required])
            course.save_revision().publish()


def seed_full_cohort(courses):
    """A two-seat cohort with both seats taken and someone waiting, if the accounts exist."""
    course = courses.get(FULL_COHORT_COURSE)
    cohort = course and course.cohorts.filter(seats=2).first()
    people = get_user_model().objects.in_bulk(FULL_COHORT_PEOPLE, field_name="username")
    if not cohort or cohort.enrollments.exists() or len(people) < len(FULL_COHORT_PEOPLE):
        return
    for position, username in enumerate(FULL_COHORT_PEOPLE):
        status = Enrollment.Status.ENROLLED if position < 2 else Enrollment.Status.WAITLISTED
        Enrollment.objects.create(user=people[username], cohort=cohort, status=status)


def seed_evaluations():
    """Three members enrolled in the first finished cohort answered its survey."""
    cohort = Cohort.objects.filter(status=Cohort.Status.FINISHED).order_by("pk").first()
    people = get_user_model().objects.in_bulk(EVALUATION_PEOPLE, field_name="username")
    if not cohort or cohort.evaluations.exists() or len(people) < len(EVALUATION_PEOPLE):
        return
    for username, answer in zip(EVALUATION_PEOPLE, EVALUATIONS, strict=True):
        satisfaction, usefulness, content, organisation, recommend, comments = answer
        answered = timezone.make_aware(datetime.combine(cohort.end_date, time(10)))
        Enrollment.objects.create(
            user=people[username], cohort=cohort, status=Enrollment.Status.ENROLLED,
            survey_sent_at=answered,
        )  # fmt: skip
        CourseEvaluation.objects.create(
            cohort=cohort, respondent=people[username], satisfaction=satisfaction,
            usefulness=usefulness, content_quality=content, organisation=organisation,
            would_recommend=recommend, comments=comments, created=answered,
        )  # fmt: skip


def seed_member_courses():
    """The demo member's own record on "Mis cursos": a course that ended last week with its
    survey waiting (and the notice that asked), and a seat in one that starts soon."""
    member = get_user_model().objects.filter(username=MEMBER).first()
    if member is None or member.enrollments.exists():
        return
    today = timezone.localdate()
    ended = (
        Cohort.objects.filter(end_date__lt=today, end_date__gte=today - timedelta(days=30))
        .exclude(status=Cohort.Status.CANCELLED)
        .order_by("end_date")
        .first()
    )
    starting = (
        Cohort.objects.filter(
            status=Cohort.Status.OPEN, enrolment_opens__lte=today, enrolment_closes__gte=today
        )
        .order_by("start_date")
        .first()
    )
    if ended:
        asked = timezone.make_aware(datetime.combine(ended.end_date + timedelta(days=1), time(9)))
        Enrollment.objects.create(
            user=member, cohort=ended, status=Enrollment.Status.ENROLLED, survey_sent_at=asked
        )
        Notification.objects.create(
            recipient=member, kind=SURVEY, url=survey_url(ended, {}),
            text=invitation_text(ended), created=asked,
        )  # fmt: skip
    if starting:
        Enrollment.objects.create(user=member, cohort=starting, status=Enrollment.Status.ENROLLED)


def seed(log):
    plan = seed_plan()
    courses = {row[0]: seed_course(plan, row) for row in COURSES}
    for code, modules in MODULES.items():
        seed_content(courses[code], modules)
    seed_prerequisites(courses)
    seed_full_cohort(courses)
    seed_evaluations()
    seed_member_courses()
    log.step(f"Plan de formación: {len(courses)} cursos, {Cohort.objects.count()} convocatorias")
