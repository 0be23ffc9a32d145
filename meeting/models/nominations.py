"""Nominations: a published practice put forward to an edition, in one of its categories."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

DECIDE_IN_DELIBERATION = _(
    "Finalistas, ganadoras y no seleccionadas se deciden solo en la fase de deliberación."
)
RESULTS_ARE_OUT = _(
    "Los resultados ya están publicados: la selección de esta edición no se puede cambiar."
)
INELIGIBLE_NOT_HONOURED = _(
    "Esta postulación no cumple los requisitos: no puede ser finalista ni ganadora."
)


class Nomination(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "recibida", _("Recibida")
        IN_REVIEW = "evaluacion", _("En evaluación")
        SHORTLISTED = "preseleccionada", _("Preseleccionada")
        FINALIST = "finalista", _("Finalista")
        WINNER = "ganadora", _("Ganadora")
        NOT_SELECTED = "no_seleccionada", _("No seleccionada")

    class Eligibility(models.TextChoices):
        PENDING = "pendiente", _("Sin revisar")
        ELIGIBLE = "admisible", _("Cumple los requisitos")
        INELIGIBLE = "no_admisible", _("No cumple los requisitos")

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
    eligibility = models.CharField(
        _("requisitos"),
        max_length=20,
        choices=Eligibility.choices,
        default=Eligibility.PENDING,
        editable=False,
    )
    eligibility_reason = models.TextField(_("motivo de la revisión de requisitos"), blank=True)

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
        if self.edition_id and self.pk is None and self.edition.phase != self.edition.Phase.CALL:
            raise ValidationError(
                {"edition": _("Esta edición ya no está en convocatoria: no recibe postulaciones.")}
            )
        if self.edition_id and self.status != self._stored_status():
            refusal = self.status_refusal(self.status)
            if refusal:
                raise ValidationError({"status": refusal})

    def _stored_status(self):
        if self.pk is None:
            return Nomination.Status.RECEIVED
        return Nomination.objects.filter(pk=self.pk).values_list("status", flat=True).first()

    def status_refusal(self, status):
        """Why the status cannot change to `status` in the edition's phase, or ""."""
        phase = self.edition.phase
        if self.edition.results_published:
            return RESULTS_ARE_OUT
        if status in self.DECIDED and phase != self.edition.Phase.DELIBERATION:
            return DECIDE_IN_DELIBERATION
        if status in self.HONOURED and self.eligibility == self.Eligibility.INELIGIBLE:
            return INELIGIBLE_NOT_HONOURED
        return ""

    @property
    def is_eligible(self):
        return self.eligibility == self.Eligibility.ELIGIBLE

    @property
    def is_honoured(self):
        return self.status in self.HONOURED
