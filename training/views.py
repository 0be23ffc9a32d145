"""Thin request handlers behind the plan's and the course's routes (core.routing), and what a
module or lesson page adds to its context; the logic lives elsewhere."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.templatetags.dates import fecha
from knowledge.filters import listing_context
from knowledge.similar import more_like_this

from . import attendance, enrolment, interest, surveys
from .calendar import ical_response
from .completion import completion_by_enrollment
from .filters import CatalogueFilter, matching_cohorts
from .forms import CheckInForm, SurveyForm
from .models.cohorts import Cohort, Enrollment
from .models.content import CourseLessonPage
from .models.sessions import CohortSession
from .permissions import may_manage_course
from .progress import done_lesson_ids, is_enrolled_in_course, mark_done, progress_by_course

NOT_IN_COHORT = gettext_lazy(
    "Solo responden la encuesta de una convocatoria quienes tuvieron un cupo en ella."
)
NOT_ENROLLED = gettext_lazy("Inscríbase en una convocatoria del curso para registrar su avance.")
ACTIVE = (Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED)
PER_PAGE = 12  # courses per page of the catalogue
CALENDAR_SIZE = 24  # cohorts in the catalogue's calendar


def plan_listing(request, plan):
    catalogue = CatalogueFilter(plan.courses(), request.GET)
    context = listing_context(catalogue, request, PER_PAGE)
    context["upcoming"] = list(matching_cohorts(catalogue).upcoming()[:CALENDAR_SIZE])
    return plan.render(request, context_overrides=context)


def plan_ical(request, plan):
    cohorts = matching_cohorts(CatalogueFilter(plan.courses(), request.GET))
    return ical_response(cohorts, plan.title, request)


def course_ical(request, course):
    return ical_response(course.cohorts.select_related("municipality"), course.title, request)


def _cohort_of(plan, cohort_id):
    return get_object_or_404(
        Cohort.objects.select_related("course"), pk=cohort_id, course__path__startswith=plan.path
    )


def _waiting_count_for(user, course):
    """How many wait for a cohort, for those who may edit the course; None for everyone else."""
    return interest.waiting_count(course) if may_manage_course(user, course) else None


def course_detail(request, course):
    """The course page: cohorts with seats, the person's enrolments and progress, and "Más como
    este"."""
    user = request.user
    cohorts = list(course.visible_cohorts())
    mine = {}
    if user.is_authenticated:
        mine = {
            e.cohort_id: e
            for e in enrolment.with_waiting_place(
                Enrollment.objects.filter(user=user, cohort__course=course, status__in=ACTIVE)
            )
        }
    _add_completion(user, list(mine.values()))
    for cohort in cohorts:
        cohort.my_enrollment = mine.get(cohort.pk)
        cohort.refusal = enrolment.refusal_reason(cohort)
    enrolled = is_enrolled_in_course(user, course)
    # "Avísenme" is offered while no cohort takes enrolments.
    interest_offered = all(cohort.refusal for cohort in cohorts)
    context = {
        "interest_offered": interest_offered,
        "interested": interest_offered and interest.is_waiting(user, course),
        "waiting_count": _waiting_count_for(user, course),
        "cohorts": cohorts,
        "plan": course.plan(),
        "modules": [(module, list(module.lessons())) for module in course.modules()],
        "done_lessons": done_lesson_ids(user) if enrolled else set(),
        "progress": progress_by_course(user, [course])[course.pk] if enrolled else None,
        "prerequisites": course.prerequisites.live().public(),
        "related_pages": course.related_library_pages.live().public(),
        "more_like_this": more_like_this(request, course),
    }
    return course.render(request, context_overrides=context)


def _add_completion(user, enrollments):
    """Each seated enrolment's `completion` and its cohort's `sessions` with the person's
    attendance (None for a place on the waiting list), in a fixed number of queries."""
    seats = [e for e in enrollments if e.status == Enrollment.Status.ENROLLED]
    completions = completion_by_enrollment(seats)
    sessions = attendance.sessions_with_attendance(user, [e.cohort_id for e in seats])
    for enrollment in enrollments:
        enrollment.completion = completions.get(enrollment.pk)
        enrollment.sessions = sessions.get(enrollment.cohort_id, [])


def _safe_next(request):
    target = request.POST.get("next", "")
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if allowed else ""


def content_context(request, page):
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


def _post_only(request, target):
    """None when the request may go on; otherwise the response that stops it."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(target)
    return None


def _change_enrolment(request, plan, cohort_id, action):
    cohort = _cohort_of(plan, cohort_id)
    course_url = cohort.course.get_url(request)
    stop = _post_only(request, course_url)
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


def course_interest(request, course):
    """POST puts the member on the course's "avísenme" list, or takes them off it."""
    course_url = course.get_url(request)
    stop = _post_only(request, course_url)
    if stop:
        return stop
    if request.POST.get("action") == "quitar":
        interest.remove_interest(request.user, course)
        messages.success(
            request, _("Listo: ya no le avisaremos de las convocatorias de este curso.")
        )
    else:
        try:
            interest.add_interest(request.user, course)
            messages.success(
                request,
                _(
                    "Le avisaremos cuando este curso abra una convocatoria, según sus preferencias "
                    "de avisos."
                ),
            )
        except interest.InterestRefused as refusal:
            messages.error(request, str(refusal))
    return redirect(course_url + "#avisenme")


def _cancel(request, cohort):
    enrolment.cancel(request.user, cohort)
    messages.success(request, _("Su inscripción quedó cancelada."))


def enrol(request, plan, cohort_id):
    return _change_enrolment(request, plan, cohort_id, _enrol)


def cancel(request, plan, cohort_id):
    """GET asks for confirmation (one click must not give the seat away); POST cancels."""
    if request.method == "GET":
        return _confirm_cancel(request, plan, cohort_id)
    return _change_enrolment(request, plan, cohort_id, _cancel)


def _confirm_cancel(request, plan, cohort_id):
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


def my_courses(request, plan):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrollments = list(
        enrolment.with_waiting_place(
            Enrollment.objects.filter(user=request.user, status__in=ACTIVE)
        )
        .select_related("cohort__course", "cohort__municipality__department")
        .order_by("cohort__start_date")
    )
    progress = progress_by_course(request.user, [e.cohort.course for e in enrollments])
    _add_completion(request.user, enrollments)
    today = timezone.localdate()
    for enrollment in enrollments:
        cohort = enrollment.cohort
        enrollment.progress = progress[cohort.course_id]
        enrollment.ended = cohort.end_date < today
        enrollment.survey_open = (
            enrollment.status == Enrollment.Status.ENROLLED and surveys.is_open(cohort, today)
        )
        # Only a seat answers the survey, and a seat's completion knows whether it was answered.
        enrollment.survey_answered = bool(enrollment.completion) and (
            enrollment.completion.survey_answered
        )
    return TemplateResponse(
        request,
        "training/my_courses.html",
        {"page": plan, "self": plan, "enrollments": enrollments},
    )


def _survey_closed_reason(cohort, answer):
    if cohort.status == Cohort.Status.CANCELLED:
        return _("Esta convocatoria fue cancelada: no tiene encuesta.")
    day = fecha(surveys.closes_on(cohort))
    if cohort.end_date >= timezone.localdate():
        return _(
            "La encuesta se abre cuando termine el curso, y se puede responder hasta el %(day)s."
        ) % {"day": day}
    if answer:
        return _("La encuesta cerró el %(day)s. Su respuesta quedó registrada; gracias.") % {
            "day": day
        }
    return _("La encuesta cerró el %(day)s.") % {"day": day}


def survey(request, plan, cohort_id):
    """The cohort's satisfaction survey: its seated members answer, and may change the answer
    while it is open; anyone else gets a page saying why not."""
    cohort = _cohort_of(plan, cohort_id)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = {"page": plan, "cohort": cohort, "closes_on": surveys.closes_on(cohort)}
    if not surveys.may_answer(request.user, cohort):
        context["reason"] = NOT_IN_COHORT
        return TemplateResponse(request, "training/survey_unavailable.html", context, status=403)
    answer = surveys.answer_of(request.user, cohort)
    if not surveys.is_open(cohort):
        context["reason"] = _survey_closed_reason(cohort, answer)
        return TemplateResponse(request, "training/survey_unavailable.html", context)
    form = SurveyForm.for_answer(answer, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        surveys.record_answer(request.user, cohort, form.answers())
        messages.success(request, _("Gracias. Su respuesta quedó guardada."))
        return redirect(plan.url + plan.reverse_subpage("my_courses"))
    context.update(form=form, answer=answer)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "training/survey.html", context, status=status)


def lesson_done(request, plan, lesson_id):
    lesson = get_object_or_404(CourseLessonPage.objects.live().descendant_of(plan), pk=lesson_id)
    stop = _post_only(request, lesson.get_url(request))
    if stop:
        return stop
    if is_enrolled_in_course(request.user, lesson.course()):
        mark_done(request.user, lesson)
        messages.success(request, _("Lección marcada como completada."))
    else:
        messages.error(request, NOT_ENROLLED)
    return redirect(lesson.get_url(request))


CHECK_IN_LIMIT = gettext_lazy(
    "Escribió muchos códigos seguidos. Espere un rato e intente de nuevo, o pida a quien dicta "
    "la sesión que le registre en la lista."
)


def check_in(request, plan, session_id):
    """A member types the code shown in the room to record their attendance to the session."""
    session = get_object_or_404(
        CohortSession.objects.select_related("cohort__course", "cohort__municipality__department"),
        pk=session_id,
        cohort__course__path__startswith=plan.path,
    )
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = {"page": plan, "session": session, "cohort": session.cohort}
    reason = attendance.check_in_refusal(request.user, session)
    if reason:
        context["reason"] = reason
        return TemplateResponse(request, "training/check_in.html", context, status=403)
    form = CheckInForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = _check_in_status(request, session, form)
        if status is None:
            messages.success(request, _("Quedó registrada su asistencia. ¡Bienvenido!"))
            target = plan.url + plan.reverse_subpage("my_courses")
            return redirect(f"{target}#cohort-{session.cohort_id}")
    context["form"] = form
    return TemplateResponse(request, "training/check_in.html", context, status=status)


def _check_in_status(request, session, form):
    """None when the member was checked in; else the status to show the form again with."""
    if attendance.over_check_in_limit(request):
        form.add_error(None, CHECK_IN_LIMIT)
        return 429
    if not form.is_valid():
        return 400
    try:
        attendance.check_in(request.user, session, form.cleaned_data["code"])
    except attendance.CheckInRefused as refusal:
        form.add_error("code", str(refusal))
        return 400
    return None
