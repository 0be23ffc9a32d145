"""Jury review: a nomination assigned to a juror, and the juror's 1–5 score per criterion.

`ensure_no_conflict` is the one conflict-of-interest rule: it reads the juror's entity and the
practice's entities from the database, and both the admin form (through `clean`) and `save` call it.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Profile
from knowledge.models import PracticePage


def has_conflict_of_interest(juror, practice):
    """True when the juror's entity offers or is the contact for the practice."""
    entity_id = Profile.objects.filter(user=juror).values_list("entity_id", flat=True).first()
    if entity_id is None:
        return False
    return (
        PracticePage.objects.filter(pk=practice.pk)
        .filter(models.Q(entity_id=entity_id) | models.Q(contact_entity_id=entity_id))
        .exists()
    )


def ensure_no_conflict(juror, practice):
    if has_conflict_of_interest(juror, practice):
        raise ValidationError(
            {
                "juror": _(
                    "Conflicto de interés: este jurado pertenece a la entidad de la práctica "
                    "y no puede evaluarla."
                )
            }
        )


class JuryAssignment(models.Model):
    class State(models.TextChoices):
        DRAFT = "borrador", _("Borrador")
        SUBMITTED = "enviada", _("Enviada")

    nomination = models.ForeignKey(
        "meeting.Nomination",
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("postulación"),
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="jury_assignments",
        verbose_name=_("jurado"),
    )
    state = models.CharField(_("estado"), max_length=10, choices=State.choices, default=State.DRAFT)
    submitted_at = models.DateTimeField(_("enviada el"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("recordatorio enviado el"), null=True, editable=False)
    recused_at = models.DateTimeField(_("conflicto declarado el"), null=True, editable=False)
    recusal_reason = models.TextField(_("motivo del conflicto de interés"), blank=True)
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("reasignada a"),
    )

    class Meta:
        ordering = ["nomination", "juror__username"]
        verbose_name = _("asignación al jurado")
        verbose_name_plural = _("asignaciones al jurado")
        permissions = [("serve_on_jury", _("Puede integrar el jurado del encuentro"))]
        constraints = [
            models.UniqueConstraint(
                fields=["nomination", "juror"], name="meeting_unique_assignment"
            )
        ]

    def __str__(self):
        return f"{self.nomination} → {self.juror}"

    def save(self, *args, **kwargs):
        ensure_no_conflict(self.juror, self.nomination.practice)
        super().save(*args, **kwargs)

    def clean(self):
        if not (self.nomination_id and self.juror_id):
            return
        edition = self.nomination.edition
        if self.nomination.eligibility != self.nomination.Eligibility.ELIGIBLE:
            raise ValidationError(
                {
                    "nomination": _(
                        "Solo se asignan al jurado postulaciones que cumplen los requisitos."
                    )
                }
            )
        if not edition.jurors.filter(user_id=self.juror_id).exists():
            raise ValidationError(
                {"juror": _("Esta persona no forma parte del jurado de la edición.")}
            )
        ensure_no_conflict(self.juror, self.nomination.practice)

    @property
    def is_declared_recused(self):
        """The juror declared a conflict; automatic ones (same entity) are checked apart."""
        return self.recused_at is not None

    @property
    def is_submitted(self):
        return self.state == self.State.SUBMITTED

    def submit(self):
        self.state = self.State.SUBMITTED
        self.submitted_at = timezone.now()
        self.save(update_fields=["state", "submitted_at"])


class Score(models.Model):
    assignment = models.ForeignKey(
        JuryAssignment,
        on_delete=models.CASCADE,
        related_name="scores",
        verbose_name=_("asignación"),
    )
    criterion = models.ForeignKey(
        "meeting.Criterion",
        on_delete=models.CASCADE,
        related_name="scores",
        verbose_name=_("criterio"),
    )
    value = models.PositiveSmallIntegerField(_("puntaje"))
    comment = models.TextField(_("comentario"), blank=True)

    class Meta:
        verbose_name = _("puntaje")
        verbose_name_plural = _("puntajes")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "criterion"], name="meeting_unique_score"
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=1, value__lte=5), name="meeting_score_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.criterion.name}: {self.value}"
