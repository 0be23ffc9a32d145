"""What training holds about a member, for "Mis datos" and account deletion
(`accounts.data_rights`): enrolments (with the final activity and the course's approval),
lessons completed, attendance to sessions, course evaluations, course alerts."""

import contextlib

from django.utils.translation import gettext as _

from accounts.data_rights import Section, register, when

from .enrolment import EnrolmentRefused, cancel
from .models import Attendance, CourseEvaluation, CourseInterest, Enrollment, LessonProgress


def sections(user):
    enrollments = Enrollment.objects.filter(user=user).select_related("cohort__course")
    return [
        Section("inscripciones", _("Inscripciones a cursos"), [
            {"curso": e.cohort.course.title, "convocatoria": str(e.cohort),
             "estado": e.get_status_display(), "inscrito_el": when(e.created_at),
             "actividad_final_aprobada_el": when(e.final_activity_done_at),
             "curso_aprobado_el": when(e.completed_at)}
            for e in enrollments
        ]),
        Section("asistencia", _("Asistencia a sesiones de cursos"), [
            {"curso": a.session.cohort.course.title, "sesion": str(a.session),
             "asistio": a.present, "registrada_por": a.get_method_display(),
             "registrada_el": when(a.recorded_at)}
            for a in Attendance.objects.filter(user=user).select_related(
                "session__cohort__course")
        ]),
        Section("lecciones", _("Lecciones completadas"), [
            {"leccion": p.lesson.title, "completada_el": when(p.completed_at)}
            for p in LessonProgress.objects.filter(user=user).select_related("lesson")
        ]),
        Section("evaluaciones_de_cursos", _("Evaluaciones de cursos"), [
            {"curso": e.cohort.course.title, "convocatoria": str(e.cohort),
             "satisfaccion": e.satisfaction, "utilidad": e.usefulness,
             "calidad_de_contenidos": e.content_quality, "organizacion": e.organisation,
             "recomendaria": e.would_recommend, "comentarios": e.comments,
             "respondida_el": when(e.created)}
            for e in CourseEvaluation.objects.filter(respondent=user).select_related(
                "cohort__course")
        ]),
        Section("avisos_de_convocatorias", _("Cursos de los que pidió aviso"), [
            {"curso": i.course.title, "pedido_el": when(i.created)}
            for i in CourseInterest.objects.filter(user=user).select_related("course")
        ]),
    ]  # fmt: skip


def forget(user):
    # Through training's own logic, so each freed seat goes to the first person waiting.
    active = Enrollment.objects.filter(user=user).exclude(status=Enrollment.Status.CANCELLED)
    for enrollment in active.select_related("cohort"):
        with contextlib.suppress(EnrolmentRefused):  # cancelled meanwhile
            cancel(user, enrollment.cohort)
    # Attendance others took keeps its record, without the person who took it.
    Attendance.objects.filter(recorded_by=user).exclude(user=user).update(recorded_by=None)
    for model, field in (
        (Attendance, "user"), (Enrollment, "user"), (LessonProgress, "user"),
        (CourseEvaluation, "respondent"), (CourseInterest, "user"),
    ):  # fmt: skip
        model.objects.filter(**{field: user}).delete()


def register_holding():
    register(
        position=20,
        sections=sections,
        forget=forget,
        relations={
            "training.Enrollment.user", "training.LessonProgress.user",
            "training.CourseEvaluation.respondent", "training.CourseInterest.user",
            "training.Attendance.user", "training.Attendance.recorded_by",
        },
    )  # fmt: skip
