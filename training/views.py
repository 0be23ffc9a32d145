"""Thin request handlers behind the plan's and the course's routes; the logic lives elsewhere."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import enrolment
from .models.cohorts import Cohort, Enrollment
from .models.content import CourseLessonPage
from .progress import done_lesson_ids, is_enrolled_in_course, mark_done, progress_by_course

NOT_ENROLLED = gettext_lazy("Inscríbase en una convocatoria del curso para registrar su avance.")
ACTIVE = (Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED)


def _cohort_of(plan, cohort_id):
    return get_object_or_404(
        Cohort.objects.select_related("course"), pk=cohort_id, course__path__startswith=plan.path
    )


def course_context(course, request):
    """What the course page shows: cohorts with seats, the person's enrolments and progress."""
    user = request.user
    cohorts = list(course.visible_cohorts())
    mine = {}
    if user.is_authenticated:
        mine = {
            e.cohort_id: e
            for e in Enrollment.objects.filter(user=user, cohort__course=course, status__in=ACTIVE)
        }
    for cohort in cohorts:
        cohort.my_enrollment = mine.get(cohort.pk)
        cohort.refusal = enrolment.refusal_reason(cohort)
    enrolled = is_enrolled_in_course(user, course)
    return {
        "cohorts": cohorts,
        "plan": course.plan(),
        "modules": [(module, list(module.lessons())) for module in course.modules()],
        "done_lessons": done_lesson_ids(user) if enrolled else set(),
        "progress": progress_by_course(user, [course])[course.pk] if enrolled else None,
        "prerequisites": course.prerequisites.live().public(),
        "related_pages": course.related_library_pages.live().public(),
    }


def _safe_next(request):
    target = request.POST.get("next", "")
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if allowed else ""


def content_context(page, request):
    """A module or lesson page: its course, lessons, and the person's progress."""
    course = page.course()
    enrolled = bool(course) and is_enrolled_in_course(request.user, course)
    done = done_lesson_ids(request.user) if enrolled else set()
    is_lesson = isinstance(page, CourseLessonPage)
    return {
        "course": course,
        "plan": course.plan() if course else None,
        "lessons": [] if is_lesson else list(page.lessons()),
        "is_lesson": is_lesson,
        "enrolled": enrolled,
        "done_lessons": done,
        "lesson_done": page.pk in done,
    }


def _post_only(request, plan, target):
    """None when the request may go on; otherwise the response that stops it."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(target)
    return None


def _change_enrolment(plan, request, cohort_id, action):
    cohort = _cohort_of(plan, cohort_id)
    course_url = cohort.course.get_url(request)
    stop = _post_only(request, plan, course_url)
    if stop:
        return stop
    try:
        action(request, cohort)
    except enrolment.EnrolmentRefused as refusal:
        messages.error(request, str(refusal))
    return redirect(_safe_next(request) or course_url)


def _enrol(request, cohort):
    enrollment = enrolment.enrol(request.user, cohort)
    if enrollment.status == Enrollment.Status.ENROLLED:
        messages.success(request, _("Quedó inscrito. Le enviamos la confirmación por correo."))
    else:
        messages.warning(
            request,
            _(
                "No quedan cupos: quedó en la lista de espera. Si se libera un cupo, pasará a "
                "estar inscrito automáticamente y le avisaremos por correo."
            ),
        )


def _cancel(request, cohort):
    enrolment.cancel(request.user, cohort)
    messages.success(request, _("Su inscripción quedó cancelada."))


def enrol(plan, request, cohort_id):
    return _change_enrolment(plan, request, cohort_id, _enrol)


def cancel(plan, request, cohort_id):
    """GET asks for confirmation (one click must not give the seat away); POST cancels."""
    if request.method == "GET":
        return _confirm_cancel(plan, request, cohort_id)
    return _change_enrolment(plan, request, cohort_id, _cancel)


def _confirm_cancel(plan, request, cohort_id):
    cohort = _cohort_of(plan, cohort_id)
    course_url = cohort.course.get_url(request)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrollment = Enrollment.objects.filter(
        user=request.user, cohort=cohort, status__in=ACTIVE
    ).first()
    if enrollment is None:
        messages.error(request, _("No tiene una inscripción activa en esta convocatoria."))
        return redirect(course_url)
    target = request.GET.get("next", "")
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    context = {
        "page": plan,
        "cohort": cohort,
        "enrollment": enrollment,
        "someone_waiting": enrollment.status == Enrollment.Status.ENROLLED
        and cohort.enrollments.filter(status=Enrollment.Status.WAITLISTED).exists(),
        "back_url": target if allowed and target else course_url,
    }
    return TemplateResponse(request, "training/cancel_confirm.html", context)


def my_courses(plan, request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrollments = list(
        Enrollment.objects.filter(user=request.user, status__in=ACTIVE)
        .select_related("cohort__course", "cohort__municipality__department")
        .order_by("cohort__start_date")
    )
    progress = progress_by_course(request.user, [e.cohort.course for e in enrollments])
    for enrollment in enrollments:
        enrollment.progress = progress[enrollment.cohort.course_id]
    return TemplateResponse(
        request,
        "training/my_courses.html",
        {"page": plan, "self": plan, "enrollments": enrollments},
    )


def lesson_done(plan, request, lesson_id):
    lesson = get_object_or_404(CourseLessonPage.objects.live().descendant_of(plan), pk=lesson_id)
    stop = _post_only(request, plan, lesson.get_url(request))
    if stop:
        return stop
    if is_enrolled_in_course(request.user, lesson.course()):
        mark_done(request.user, lesson)
        messages.success(request, _("Lección marcada como completada."))
    else:
        messages.error(request, NOT_ENROLLED)
    return redirect(lesson.get_url(request))
