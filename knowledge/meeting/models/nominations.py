"""Nominations: a published practice put forward to an edition, in one of its categories."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

DECIDE_AFTER_REVIEW = _(
    "Primero cierre la evaluación del jurado: finalistas, ganadoras y no seleccionadas se deciden"
    " en la deliberación."
)


class Nomination(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "recibida", _("Recibida")
        IN_REVIEW = "evaluacion", _("En evaluación")
        SHORTLISTED = "preseleccionada", _("Preseleccionada")
        FINALIST = "finalista", _("Finalista")
        WINNER = "ganadora", _("Ganadora")
        NOT_SELECTED = "no_seleccionada", _("No seleccionada")

    HONOURED = (Status.FINALIST, Status.WINNER)
    VOTABLE = (Status.SHORTLISTED, Status.FINALIST, Status.WINNER)
    DECIDED = (Status.FINALIST, Status.WINNER, Status.NOT_SELECTED)

    edition = models.ForeignKey(
        "meeting.EditionPage",
        on_delete=models.CASCADE,
        related_name="nominations",
        verbose_name=_("edición"),
    )
    practice = models.ForeignKey(
        "knowledge.PracticePage",
        on_delete=models.CASCADE,
        related_name="nominations",
        verbose_name=_("buena práctica"),
    )
    category = models.ForeignKey(
        "meeting.EditionCategory",
        on_delete=models.PROTECT,
        related_name="nominations",
        verbose_name=_("categoría"),
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("postulada por"),
    )
    status = models.CharField(
        _("estado"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    statement = models.TextField(
        _("por qué la postula"),
        blank=True,
        help_text=_("Opcional: qué la hace destacable para este encuentro."),
    )
    created_at = models.DateTimeField(_("recibida el"), auto_now_add=True)

    class Meta:
        ordering = ["edition", "category", "practice__title"]
        verbose_name = _("postulación")
        verbose_name_plural = _("postulaciones")
        permissions = [("curate_meeting", _("Puede evaluar y seleccionar las postulaciones"))]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "practice"], name="meeting_unique_nomination"
            )
        ]

    def __str__(self):
        return f"{self.practice.title} ({self.edition.year})"

    def clean(self):
        if self.category_id and self.edition_id and self.category.edition_id != self.edition_id:
            raise ValidationError({"category": _("La categoría no pertenece a esta edición.")})
        if self.practice_id and not self.practice.live:
            raise ValidationError({"practice": _("Solo se pueden postular prácticas publicadas.")})
        if self.status in self.DECIDED and self.edition_id and not self.edition.review_closed:
            raise ValidationError({"status": DECIDE_AFTER_REVIEW})

    @property
    def is_honoured(self):
        return self.status in self.HONOURED
