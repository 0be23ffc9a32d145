"""Demo training plan: a dozen courses, cohorts past and future, content for three virtual courses,
and the demo's people in them (the cast enrols in the courses of its trade: online, or in person
in its own department; those whose course ended were sent the survey and most answered). Some
courses have completion rules; the hybrid one's in-person cohorts have sessions and attendance,
and the demo member, seated in the one running in Nariño, has part of it done.

Idempotent: pages are found by slug under their parent, a course's cohorts are created only when
it has none, and enrolments only for demo accounts that exist (DEMO_MODE).
"""

import zlib
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Site

from knowledge.models import KnowledgePage
from notifications.models import Notification
from reference.models import CapacityLevel, CapacityType, Entity, Municipality, Sector
from training.attendance import take_attendance
from training.models import (
    Cohort,
    CohortSession,
    CourseEvaluation,
    CourseLessonPage,
    CourseModulePage,
    CoursePage,
    Enrollment,
    TrainingPlanPage,
)
from training.permissions import grant_publisher_permissions, review_required_for
from training.surveys import SURVEY, invitation_text, survey_url

from . import rhythm
from .people import cast
from .people_data import CAST
from .training_data import (
    COMPLETION_RULES,
    COURSES,
    MODULES,
    PLAN_INTRO,
    PLAN_SUMMARY,
    PLAN_TITLE,
    PREREQUISITES,
    SESSION_HOURS,
    SESSION_PLACE,
    SESSIONS_COURSE,
)

# Demo accounts that fill the two-seat MDM cohort, the last one on the waiting list.
FULL_COHORT_COURSE = "DNP-MDM-03"
FULL_COHORT_PEOPLE = ("moderador", "jurado", "editor")
MEMBER = "miembro"
# Anonymous answers to finished cohorts, so the publishers' results page has content: two in
# three who were asked answered, in this order of answers.
EVALUATIONS = (
    (5, 5, 4, 4, True, "Los ejemplos con presupuestos reales de municipios fueron lo más útil."),
    (4, 5, 4, 3, True, "Faltó tiempo para los ejercicios en grupo."),
    (3, 4, 3, 4, False, ""),
    (5, 4, 5, 4, True, ""),
    (4, 4, 4, 5, True, "La tutora respondió siempre en el foro, incluso los fines de semana."),
    (4, 3, 4, 2, True, "Las sesiones en vivo se cruzaron con el consejo de gobierno."),
    (5, 5, 5, 4, True, "Ya lo estamos aplicando en la secretaría."),
    (2, 3, 3, 3, False, "Muy teórico para un municipio de sexta categoría."),
)
DAY = timedelta(days=1)
HOLIDAYS = ((12, 24), (1, 6))  # no classroom course runs from 24 December to 6 January


def plan_period(today=None):
    """The plan's two calendar years: this and next from July on, else last and this."""
    today = today or timezone.localdate()
    first = today.year if today.month >= 7 else today.year - 1
    return date(first, 1, 1), date(first + 1, 12, 31)


def plan_title(today=None):
    first, last = plan_period(today)
    return PLAN_TITLE.format(first=first.year, last=last.year)


def next_monday(day):
    return day + timedelta(days=(7 - day.weekday()) % 7)


def over_holidays(start, end):
    (dec_month, dec_day), (jan_month, jan_day) = HOLIDAYS
    day = start
    while day <= end:
        if (day.month, day.day) >= (dec_month, dec_day) or (day.month, day.day) <= (
            jan_month,
            jan_day,
        ):
            return True
        day += timedelta(days=1)
    return False


def cohort_dates(start_in, length, in_person, today=None):
    """(start, end) of a cohort `start_in` days from today: on a Monday, not before the plan's
    second week, never starting over the holidays, and for a classroom not running over them."""
    today = today or timezone.localdate()
    opens, _closes = plan_period(today)
    start = next_monday(max(today + timedelta(days=start_in), opens + timedelta(days=12)))
    end = start + timedelta(days=length)
    while over_holidays(start, end if in_person else start):
        year = start.year + 1 if start.month == 12 else start.year
        start = next_monday(date(year, 1, 7))
        end = start + timedelta(days=length)
    return start, end


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
        title=plan_title(),
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
        **{f"completion_{rule}": value for rule, value in COMPLETION_RULES.get(code, {}).items()},
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
        start, end = cohort_dates(start_in, length, in_person=place is not None, today=today)
        if status != Cohort.Status.CANCELLED:  # what the dates say, as the catalogue shows it
            finished = end < today
            status = Cohort.Status.FINISHED if finished else Cohort.Status.OPEN
        Cohort.objects.create(
            course=course,
            start_date=start,
            end_date=end,
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
        seat = Enrollment.objects.create(user=people[username], cohort=cohort, status=status)
        day = min(cohort.enrolment_opens + timedelta(days=2 + position), timezone.localdate())
        when = rhythm.not_after_now(rhythm.at_office(day, username))
        Enrollment.objects.filter(pk=seat.pk).update(created_at=when, updated_at=when)


def enrolment_day(cohort, user, today):
    """A working day inside the cohort's enrolment window, after the person joined; None if
    the window closed before they joined or has not opened yet."""
    first = max(cohort.enrolment_opens, timezone.localtime(user.date_joined).date() + DAY)
    last = min(cohort.enrolment_closes, today - DAY)
    if first > last:
        return None
    day = first + timedelta(
        days=zlib.crc32(f"{user.pk}-{cohort.pk}".encode()) % ((last - first).days + 1)
    )
    if day.weekday() >= 5:  # a weekend: the Friday before, or the Monday after, if in the window
        friday, monday = day - timedelta(days=day.weekday() - 4), next_monday(day)
        day = friday if friday >= first else monday if monday <= last else day
    return day


def choose_cohort(cohorts, user, n, today):
    """The cohort someone took: online, or in person in their own department; cohorts of the
    course taken in turn by the cast, so they fill alike."""
    department = user.profile.department_id
    usable = [
        c for c in cohorts
        if c.status != Cohort.Status.CANCELLED and c.seats > 2
        and (c.online or c.municipality.department_id == department)
    ]  # fmt: skip
    for k in range(len(usable)):
        cohort = usable[(n + k) % len(usable)]
        day = enrolment_day(cohort, user, today)
        if day and cohort.taken < cohort.seats:
            return cohort, day
    return None, None


def seed_cast_enrolments():
    """The cast's seats, each on a working day of the enrolment window; one in nine cancelled
    before the course began. Those whose course ended were sent the survey the next morning and
    two in three answered it within the week."""
    people = cast()
    if not people or Enrollment.objects.filter(user__in=people.values()).exists():
        return 0, 0
    today = timezone.localdate()
    by_course = {}
    for cohort in Cohort.objects.select_related("course", "municipality").order_by("start_date"):
        cohort.taken = cohort.enrollments.exclude(status=Enrollment.Status.CANCELLED).count()
        by_course.setdefault(cohort.course.code, []).append(cohort)
    seats, answers = [], []
    for n, (username, *_rest, courses) in enumerate(CAST):
        user = people.get(username)
        for code in courses if user else ():
            cohort, day = choose_cohort(by_course.get(code, []), user, n, today)
            if cohort is None:
                continue
            cancelled = len(seats) % 9 == 8 and cohort.start_date > day
            status = Enrollment.Status.CANCELLED if cancelled else Enrollment.Status.ENROLLED
            enrolled = rhythm.at_office(day, (username, code))
            asked = None
            if not cancelled and cohort.end_date < today - DAY:
                asked = timezone.make_aware(datetime.combine(cohort.end_date + DAY, time(9)))
                if len(seats) % 3 != 2:
                    answers.append((cohort, user, rhythm.later(asked, 6 + 20 * (n % 4), n)))
            cohort.taken += not cancelled
            seats.append(
                Enrollment(user=user, cohort=cohort, status=status, survey_sent_at=asked,
                           created_at=enrolled, updated_at=enrolled)
            )  # fmt: skip
    moments = [seat.created_at for seat in seats]
    Enrollment.objects.bulk_create(seats)  # which stamps auto_now(_add) fields with now:
    for seat, when in zip(seats, moments, strict=True):
        seat.created_at = seat.updated_at = when
    Enrollment.objects.bulk_update(seats, ["created_at", "updated_at"])
    CourseEvaluation.objects.bulk_create(
        [
            CourseEvaluation(
                cohort=cohort, respondent=user, satisfaction=a[0], usefulness=a[1],
                content_quality=a[2], organisation=a[3], would_recommend=a[4], comments=a[5],
                created=when,
            )
            for (cohort, user, when), a in zip(
                answers, (EVALUATIONS * len(answers))[: len(answers)], strict=True
            )
        ]
    )  # fmt: skip
    return len(seats), len(answers)


def seed_member_courses():
    """The demo member's own record on "Mis cursos": a course that ended last week with its
    survey waiting (and the notice that asked), and a seat in one that starts soon."""
    member = get_user_model().objects.filter(username=MEMBER).first()
    if member is None or member.enrollments.exists():
        return
    today = timezone.localdate()
    # Online, as suits a secretary in Ipiales; never the two-seat cohort, which is full.
    ended = (
        Cohort.objects.filter(end_date__lt=today, end_date__gte=today - timedelta(days=30))
        .exclude(status=Cohort.Status.CANCELLED)
        .order_by("-online", "end_date")
        .first()
    )
    starting = (
        Cohort.objects.filter(
            status=Cohort.Status.OPEN, enrolment_opens__lte=today, enrolment_closes__gte=today
        )
        .exclude(seats__lte=2)
        .order_by("-online", "start_date", "pk")
        .first()
    )
    if ended:
        asked = timezone.make_aware(datetime.combine(ended.end_date + timedelta(days=1), time(9)))
        seat = Enrollment.objects.create(
            user=member, cohort=ended, status=Enrollment.Status.ENROLLED, survey_sent_at=asked
        )
        enrolled = rhythm.at_office(ended.enrolment_closes - timedelta(days=3), MEMBER)
        Enrollment.objects.filter(pk=seat.pk).update(created_at=enrolled, updated_at=enrolled)
        Notification.objects.create(
            recipient=member, kind=SURVEY, url=survey_url(ended, {}),
            text=invitation_text(ended), created=asked,
        )  # fmt: skip
    if starting:
        Enrollment.objects.create(user=member, cohort=starting, status=Enrollment.Status.ENROLLED)
    # In person in Pasto, running now: attendance taken, some of it missed (`seed_sessions`).
    running = (
        Cohort.objects.filter(
            course__code=SESSIONS_COURSE,
            municipality__department=member.profile.department_id,
            start_date__lte=today,
            end_date__gte=today,
        )
        .exclude(status=Cohort.Status.CANCELLED)
        .first()
    )
    if running:
        seat = Enrollment.objects.create(
            user=member, cohort=running, status=Enrollment.Status.ENROLLED
        )
        enrolled = rhythm.at_office(running.enrolment_closes - timedelta(days=2), MEMBER)
        Enrollment.objects.filter(pk=seat.pk).update(created_at=enrolled, updated_at=enrolled)


def session_days(cohort, today):
    """Four working days spread over the cohort (a weekend gives way to the Friday before), and
    today too while it runs (to try the check-in)."""
    span = (cohort.end_date - cohort.start_date).days
    days = set()
    for k in range(4):
        day = cohort.start_date + timedelta(days=round(span * k / 3))
        days.add(day - timedelta(days=max(day.weekday() - 4, 0)))
    if cohort.start_date <= today <= cohort.end_date:
        days.add(today)
    return sorted(days)


def seed_sessions():
    """Sessions of the in-person cohorts of the hybrid course, with the attendance a publisher
    took at those held before today: the demo member came to the first and missed the others,
    the cast to most. Returns how many attendances were recorded."""
    publisher = get_user_model().objects.filter(username="esap").first()
    now = timezone.now()
    start_hour, end_hour = SESSION_HOURS
    recorded = 0
    cohorts = Cohort.objects.filter(course__code=SESSIONS_COURSE, municipality__isnull=False)
    for cohort in cohorts.exclude(status=Cohort.Status.CANCELLED).filter(sessions__isnull=True):
        seats = list(
            cohort.enrollments.filter(status=Enrollment.Status.ENROLLED).select_related("user")
        )
        for n, day in enumerate(session_days(cohort, timezone.localdate())):
            starts = timezone.make_aware(datetime.combine(day, time(start_hour)))
            ends = timezone.make_aware(datetime.combine(day, time(end_hour)))
            session = CohortSession.objects.create(
                cohort=cohort, starts_at=starts, ends_at=ends, place=SESSION_PLACE
            )
            if ends > now or day == timezone.localdate(now):
                continue  # not held yet, or today's: left for the check-in with the code
            present = {
                seat.user_id for seat in seats
                if (n == 0 if seat.user.username == MEMBER else zlib.crc32(
                    f"{seat.user_id}-{n}".encode()) % 5)
            }  # fmt: skip
            recorded += take_attendance(session, present, publisher, now=ends)
    return recorded


def seed(log):
    plan = seed_plan()
    courses = {row[0]: seed_course(plan, row) for row in COURSES}
    for code, modules in MODULES.items():
        seed_content(courses[code], modules)
    seed_prerequisites(courses)
    seed_full_cohort(courses)
    seed_member_courses()
    seats, answers = seed_cast_enrolments()
    present = seed_sessions()
    log.step(
        f"{plan.title}: {len(courses)} cursos, {Cohort.objects.count()} convocatorias, "
        f"{seats} inscripciones de miembros, {answers} encuestas respondidas, "
        f"{present} asistencias a sesiones presenciales"
    )
