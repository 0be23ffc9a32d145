"""Cohorts (convocatorias) of a course, people's enrolments in them, and lesson progress.

A cohort is plain data managed in the admin, not a page: it has no content of its own, only
dates, a place and seats. Enrolments are changed only through `training.enrolment`.
"""

from datetime import date

from modelcluster.models import ClusterableModel

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.templatetags.dates import fecha


def quarter_bounds(today):
    first_month = 3 * ((today.month - 1) // 3) + 1
    start = date(today.year, first_month, 1)
    end = date(today.year + 1, 1, 1) if first_month == 10 else date(today.year, first_month + 3, 1)
    return start, end


def month_bounds(today):
    start = today.replace(day=1)
    end = date(today.year + 1, 1, 1) if today.month == 12 else date(today.year, today.month + 1, 1)
    return start, end


class CohortQuerySet(models.QuerySet):
    def with_counts(self):
        """Annotate `enrolled_count` and `waitlisted_count` in the same query."""
        return self.annotate(
            enrolled_count=models.Count(
                "enrollments", filter=models.Q(enrollments__status=Enrollment.Status.ENROLLED)
            ),
            waitlisted_count=models.Count(
                "enrollments", filter=models.Q(enrollments__status=Enrollment.Status.WAITLISTED)
            ),
        )

    def upcoming(self):
        """Cohorts not cancelled that have not started yet, soonest first."""
        return (
            self.filter(start_date__gte=timezone.localdate())
            .exclude(status=Cohort.Status.CANCELLED)
            .order_by("start_date", "pk")
        )

    @staticmethod
    def open_q(prefix=""):
        today = timezone.localdate()
        return models.Q(
            **{
                f"{prefix}status": Cohort.Status.OPEN,
                f"{prefix}enrolment_opens__lte": today,
                f"{prefix}enrolment_closes__gte": today,
            }
        )

    @staticmethod
    def starting_q(bounds, prefix=""):
        start, end = bounds(timezone.localdate())
        return models.Q(**{f"{prefix}start_date__gte": start, f"{prefix}start_date__lt": end})


class Cohort(ClusterableModel):
    class Status(models.TextChoices):
        OPEN = "abierta", _("Abierta")
        CLOSED = "cerrada", _("Cerrada")
        CANCELLED = "cancelada", _("Cancelada")
        FINISHED = "finalizada", _("Finalizada")

    course = models.ForeignKey(
        "training.CoursePage",
        on_delete=models.CASCADE,
        related_name="cohorts",
        verbose_name=_("curso"),
    )
    start_date = models.DateField(_("inicio"))
    end_date = models.DateField(_("fin"))
    enrolment_opens = models.DateField(_("inscripciones desde"))
    enrolment_closes = models.DateField(_("inscripciones hasta"))
    online = models.BooleanField(_("en línea"), default=False)
    municipality = models.ForeignKey(
        "reference.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipio"),
        help_text=_("Dónde se dicta. Déjelo vacío si la convocatoria es solo en línea."),
    )
    seats = models.PositiveIntegerField(_("cupos"))
    status = models.CharField(
        _("estado"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        verbose_name = _("convocatoria")
        verbose_name_plural = _("convocatorias")
        ordering = ["start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="cohort_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(online=True) | models.Q(municipality__isnull=False),
                name="cohort_has_a_place",
            ),
        ]

    def __str__(self):
        return f"{self.course} · {fecha(self.start_date)} · {self.place}"  # the admin's messages

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("La fecha de fin no puede ser anterior a la de inicio.")
        opens, closes = self.enrolment_opens, self.enrolment_closes
        if opens and closes and closes < opens:
            errors["enrolment_closes"] = _("El cierre de inscripciones va después de la apertura.")
        if not self.online and not self.municipality_id:
            errors["municipality"] = _("Elija un municipio o marque la convocatoria como en línea.")
        if errors:
            raise ValidationError(errors)

    @property
    def status_today(self):
        """The status a reader should see: an open cohort's, read against today's date, so a
        cohort whose enrolment has not opened yet is not called "Abierta"."""
        if self.status != self.Status.OPEN:
            return self.get_status_display()
        today = timezone.localdate()
        if today < self.enrolment_opens:
            return _("Próxima")
        if today <= self.enrolment_closes:
            return _("Inscripciones abiertas")
        if today < self.start_date:
            return _("Inscripciones cerradas")
        return _("En curso") if today <= self.end_date else _("Finalizada")

    @property
    def place(self):
        if self.municipality_id and self.online:
            return _("%(place)s y en línea") % {"place": self.municipality_label}
        return self.municipality_label if self.municipality_id else _("En línea")

    @property
    def municipality_label(self):
        municipality = self.municipality
        return f"{municipality.name} ({municipality.department.name})"

    def is_open_for_enrolment(self, today=None):
        today = today or timezone.localdate()
        return (
            self.status == self.Status.OPEN
            and self.enrolment_opens <= today <= self.enrolment_closes
        )

    @property
    def seats_left(self):
        """Needs `with_counts()`; never negative."""
        return max(self.seats - self.enrolled_count, 0)


class Enrollment(models.Model):
    class Status(models.TextChoices):
        ENROLLED = "inscrito", _("Inscrito")
        WAITLISTED = "en_espera", _("En lista de espera")
        CANCELLED = "cancelado", _("Cancelado")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrollments",
        verbose_name=_("persona"),
    )
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="enrollments", verbose_name=_("convocatoria")
    )
    status = models.CharField(_("estado"), max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(_("inscrito el"), auto_now_add=True)
    updated_at = models.DateTimeField(_("actualizado el"), auto_now=True)
    # Set when the member is sent the cohort's satisfaction survey, so they are asked once.
    survey_sent_at = models.DateTimeField(_("encuesta enviada el"), null=True, blank=True)
    # The course's optional final activity, marked by a publisher (training.attendance).
    final_activity_done_at = models.DateTimeField(
        _("actividad final aprobada el"), null=True, blank=True
    )
    # Set once, when the member first meets the course's completion rules (training.completion);
    # it is what makes `enrollment_completed` fire once, and it stands afterwards.
    completed_at = models.DateTimeField(_("curso aprobado el"), null=True, blank=True)

    class Meta:
        verbose_name = _("inscripción")
        verbose_name_plural = _("inscripciones")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cohort"],
                condition=~models.Q(status="cancelado"),
                name="one_active_enrollment_per_user_and_cohort",
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.cohort} · {self.get_status_display()}"

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "training.CourseLessonPage", on_delete=models.CASCADE, related_name="progress"
    )
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("lección completada")
        verbose_name_plural = _("lecciones completadas")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_per_lesson")
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson}"
