"""In-person (or live online) sessions of a cohort, and who attended each (issue 29, item 5).

A session belongs to its cohort (added and edited in the cohort's admin form). Attendance is
taken by the course's publishers on a phone-friendly list, or by members typing the session's
check-in code, shown in the room, on the session's day.
"""

import secrets

from modelcluster.fields import ParentalKey

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

CODE_LENGTH = 6


def new_check_in_code():
    """Six digits: easy to read aloud in a room and to type on any phone."""
    return f"{secrets.randbelow(10**CODE_LENGTH):0{CODE_LENGTH}d}"


class CohortSession(models.Model):
    cohort = ParentalKey(
        "training.Cohort",
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("convocatoria"),
    )
    starts_at = models.DateTimeField(_("inicio"))
    ends_at = models.DateTimeField(_("fin"))
    place = models.CharField(
        _("lugar"),
        max_length=200,
        blank=True,
        help_text=_("Por ejemplo: Casa de la Cultura, salón 2."),
    )
    online_url = models.URLField(
        _("enlace de conexión"), blank=True, help_text=_("Para las sesiones en línea o híbridas.")
    )
    check_in_code = models.CharField(
        _("código de asistencia"),
        max_length=CODE_LENGTH,
        default=new_check_in_code,
        help_text=_("Se muestra en la sala; quien asiste lo escribe para registrar su asistencia."),
    )

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("online_url")]),
        FieldPanel("check_in_code", read_only=True),
    ]

    class Meta:
        verbose_name = _("sesión")
        verbose_name_plural = _("sesiones")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="cohort_session_ends_after_start",
            )
        ]

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{start:%Y-%m-%d %H:%M} · {self.where}"

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("La sesión debe terminar después de empezar.")})

    @property
    def where(self):
        if self.place and self.online_url:
            return _("%(place)s y en línea") % {"place": self.place}
        return self.place or (_("En línea") if self.online_url else "")

    @property
    def day(self):
        return timezone.localdate(self.starts_at)

    def is_today(self, today=None):
        return self.day == (today or timezone.localdate())


class Attendance(models.Model):
    class Method(models.TextChoices):
        PUBLISHER = "publisher", _("Lista de la persona que publica")
        CODE = "code", _("Código en la sala")

    session = models.ForeignKey(
        CohortSession,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("sesión"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("persona"),
    )
    present = models.BooleanField(_("asistió"), default=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrada por"),
    )
    recorded_at = models.DateTimeField(_("registrada el"), default=timezone.now)
    method = models.CharField(_("forma de registro"), max_length=12, choices=Method.choices)

    class Meta:
        verbose_name = _("asistencia")
        verbose_name_plural = _("asistencias")
        ordering = ["session__starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_attendance_per_session")
        ]

    def __str__(self):
        return f"{self.user} · {self.session} · {self.get_method_display()}"
