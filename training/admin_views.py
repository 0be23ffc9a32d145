"""Publishers' admin views: course evaluations (Informes → "Encuestas de cursos"), the anonymous
results of each course and of its cohorts; and a cohort's list ("Asistencia"): attendance to each
session, the final activity, each member's completion, and the session's check-in code to show in
the room. All for those who may edit or publish the course."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .attendance import mark_final_activity, present_user_ids, seated, take_attendance
from .completion import completion_by_enrollment
from .evaluation import QUESTIONS, course_report
from .models import Cohort, CohortSession, CourseEvaluation, CoursePage
from .permissions import courses_evaluations_readable_by, may_manage_course, may_take_attendance
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


def _checked_ids(request, name):
    """The user ids ticked in a list's checkboxes; anything that is not a number is ignored."""
    return {int(value) for value in request.POST.getlist(name) if value.isdigit()}


def _managed_cohort(request, cohort_id):
    cohort = get_object_or_404(
        Cohort.objects.select_related("course", "municipality__department"), pk=cohort_id
    )
    if not may_take_attendance(request.user, cohort):
        raise PermissionDenied
    return cohort


def _managed_session(request, session_id):
    session = get_object_or_404(
        CohortSession.objects.select_related("cohort__course", "cohort__municipality__department"),
        pk=session_id,
    )
    if not may_take_attendance(request.user, session.cohort):
        raise PermissionDenied
    return session


def cohort_roster(request, cohort_id):
    """The cohort's sessions, its members with what each has left, and the final activity."""
    cohort = _managed_cohort(request, cohort_id)
    if request.method == "POST":
        mark_final_activity(cohort, _checked_ids(request, "final_activity"))
        messages.success(request, _("Quedó guardada la actividad final."))
        return redirect("training_cohort_roster", cohort.pk)
    seats = list(seated(cohort))
    completions = completion_by_enrollment(seats)
    context = {
        "cohort": cohort,
        "course": cohort.course,
        "sessions": cohort.sessions.annotate(
            present_count=Count("attendances", filter=Q(attendances__present=True))
        ),
        "members": [(e, completions[e.pk]) for e in seats],
    }
    return render(request, "training/admin/cohort_roster.html", context)


def session_attendance(request, session_id):
    """A session's attendance: one big checkbox per seated member, saved in one POST."""
    session = _managed_session(request, session_id)
    if request.method == "POST":
        count = take_attendance(session, _checked_ids(request, "present"), request.user)
        messages.success(
            request,
            ngettext(
                "Asistencia guardada: %(count)d persona presente.",
                "Asistencia guardada: %(count)d personas presentes.",
                count,
            )
            % {"count": count},
        )
        return redirect("training_session_attendance", session.pk)
    context = {
        "session": session,
        "cohort": session.cohort,
        "members": list(seated(session.cohort)),
        "present": present_user_ids(session),
    }
    return render(request, "training/admin/session_attendance.html", context)


def session_code(request, session_id):
    """The check-in code, large, to show on the room's screen."""
    session = _managed_session(request, session_id)
    return render(request, "training/admin/session_code.html", {"session": session})
