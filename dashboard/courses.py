"""Section 3: training. Enrolment, completion and satisfaction by course and by department.

The period picks cohorts by their start date (cancelled cohorts left out), so the three figures
describe the same people: those enrolled in a cohort that started in the period. A person
completed the course when they have done every published lesson of it. Satisfaction (the survey's
overall 1–5 question) and "would recommend" show only from `MIN_ANSWERS_SHOWN` evaluations on, as
the publishers' results do, so no answer can be traced back to one person. The department is the
person's profile department.
"""

from django.db.models import Avg, Count, F, Func, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.translation import gettext_lazy as _

from training.models import Cohort, CourseEvaluation, CourseLessonPage, Enrollment, LessonProgress
from training.models.evaluation import MIN_ANSWERS_SHOWN

from .figures import ROWS, Figure, figure

COLUMNS = (
    _("Inscritos"),
    _("Completaron"),
    _("Satisfacción promedio (1 a 5)"),
    _("Recomendarían el curso (%)"),
    _("Evaluaciones"),
)
NOTE = _(
    "Personas inscritas en convocatorias que empezaron en el periodo. La satisfacción se muestra "
    "desde %(n)s evaluaciones, para que ninguna respuesta se pueda atribuir a alguien."
)


def _in_period(filters, prefix, person):
    first, last = filters.days
    condition = Q(**{f"{prefix}start_date__gte": first, f"{prefix}start_date__lte": last})
    condition &= ~Q(**{f"{prefix}status": Cohort.Status.CANCELLED})
    if filters.department:
        condition &= Q(**{f"{person}__profile__department": filters.department})
    return condition


def _count(queryset):
    """The number of rows of `queryset`, as a correlated subquery."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


# Wagtail's tree paths use only 0-9 and A-Z, and "Z" sorts last among them in any collation.
PATH_END = "Z" * 255


def _under(field, course_path):
    """`field` is the path of a page below the course: a range on the indexed tree path, which
    a LIKE on a concatenated prefix could not use. Every descendant's path is the course's path
    followed by more characters, so it sorts between that path and that path followed by Zs."""
    return Q(**{f"{field}__gt": course_path, f"{field}__lte": Concat(course_path, Value(PATH_END))})


def _lessons_under(course_path):
    return CourseLessonPage.objects.live().filter(_under("path", course_path))


def enrolments(filters):
    """Enrolments in the period, each with how many of its course's lessons the person did.

    "Done" starts from the person's few progress rows and asks whether each lesson is one of the
    course's: written as a join on the lesson's path, PostgreSQL scanned the page table for every
    enrolment (4 s at 50,000 pages, bench/README.md).
    """
    course_path = OuterRef("cohort__course__path")
    done = LessonProgress.objects.filter(
        user=OuterRef("user"), lesson__in=_lessons_under(OuterRef(course_path)).values("pk")
    )
    return (
        Enrollment.objects.filter(_in_period(filters, "cohort__", "user"))
        .filter(status=Enrollment.Status.ENROLLED)
        .annotate(lessons=_count(_lessons_under(course_path)), lessons_done=_count(done))
    )


def evaluations(filters):
    return CourseEvaluation.objects.filter(_in_period(filters, "cohort__", "respondent"))


def _totals(queryset, group_by, **aggregates):
    return {row[group_by]: row for row in queryset.values(group_by).annotate(**aggregates)}


def _rows(filters, group_by_enrolment, group_by_evaluation):
    """[(label, enrolled, completed, satisfaction, recommend %, evaluations)], most enrolled
    first: one query for the enrolments, one for the evaluations, merged by label."""
    completed = Q(lessons__gt=0, lessons_done__gte=F("lessons"))
    people = (
        enrolments(filters)
        .values(label=group_by_enrolment)
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=completed))
        .order_by("-enrolled", "label")[:ROWS]
    )
    surveys = _totals(
        evaluations(filters).annotate(label=group_by_evaluation),
        "label",
        answers=Count("pk"),
        satisfaction=Avg("satisfaction"),
        recommend=Count("pk", filter=Q(would_recommend=True)),
    )
    rows = []
    for row in people:  # ROWS aggregates at most
        survey = surveys.get(row["label"], {"answers": 0})
        answers = survey["answers"]
        shown = answers >= MIN_ANSWERS_SHOWN
        rows.append(
            (
                row["label"],
                row["enrolled"],
                row["completed"],
                round(survey["satisfaction"], 1) if shown else None,
                round(100 * survey["recommend"] / answers) if shown else None,
                answers,
            )
        )
    return rows


@figure("formacion-por-curso")
def training_by_course(filters):
    return Figure(
        slug="formacion-por-curso",
        title=_("Inscripción, finalización y satisfacción por curso"),
        columns=(_("Curso"), *COLUMNS),
        rows=_rows(filters, F("cohort__course__title"), F("cohort__course__title")),
        series=(1, 2),
        note=NOTE % {"n": MIN_ANSWERS_SHOWN},
        empty=_("Ninguna convocatoria empezó en este periodo."),
    )


def _department(person):
    return Coalesce(f"{person}__profile__department__name", Value(str(_("Sin departamento"))))


@figure("formacion-por-departamento")
def training_by_department(filters):
    return Figure(
        slug="formacion-por-departamento",
        title=_("Inscripción, finalización y satisfacción por departamento"),
        columns=(_("Departamento"), *COLUMNS),
        rows=_rows(filters, _department("user"), _department("respondent")),
        series=(1, 2),
        note=NOTE % {"n": MIN_ANSWERS_SHOWN},
        empty=_("Ninguna convocatoria empezó en este periodo."),
    )
