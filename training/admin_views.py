"""Publishers' view of course evaluations in the admin (Informes → "Encuestas de cursos"): the
anonymous results of each course and of its cohorts, for those who may edit or publish it."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from .evaluation import QUESTIONS, course_report
from .models import Cohort, CourseEvaluation, CoursePage
from .permissions import courses_evaluations_readable_by, may_manage_course
from .surveys import closes_on


def question_rows(results):
    """[(question, average, [count of 1 … count of 5])] for the results table."""
    return [
        (
            CourseEvaluation._meta.get_field(question).verbose_name,
            results.averages[question],
            results.distribution[question],
        )
        for question in QUESTIONS
    ]


def evaluations_report(request):
    """The courses the person may edit that have a finished cohort, with their answer counts."""
    ended = Cohort.objects.filter(end_date__lt=timezone.localdate()).exclude(
        status=Cohort.Status.CANCELLED
    )
    courses = (
        courses_evaluations_readable_by(request.user)
        .filter(pk__in=ended.values("course"))
        .annotate(answers=Count("cohorts__evaluations"))
        .select_related("entity")
        .order_by("title")
    )
    return render(request, "training/admin/evaluations_report.html", {"courses": courses})


def evaluation_detail(request, course_id):
    course = get_object_or_404(CoursePage, pk=course_id)
    if not may_manage_course(request.user, course):
        raise PermissionDenied
    cohorts = (
        course.cohorts.filter(end_date__lt=timezone.localdate())
        .exclude(status=Cohort.Status.CANCELLED)
        .select_related("municipality__department")
        .order_by("-start_date", "-pk")
    )
    report = course_report(course, cohorts)
    context = {
        "course": course,
        "report": report,
        "course_rows": question_rows(report.course) if report.course.shown else [],
        "cohorts": [
            (cohort, results, question_rows(results) if results.shown else [], closes_on(cohort))
            for cohort, results in report.cohorts
        ],
    }
    return render(request, "training/admin/evaluation_detail.html", context)
