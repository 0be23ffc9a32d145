"""The scoring rubric of an edition: weighted criteria, frozen once the review has started.

Freezing is enforced here (clean, save, delete), so the admin form and any script meet the same
rule: once a juror has scored, changing a weight would silently change every ranking.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

FROZEN_MESSAGE = _(
    "La evaluación de esta edición ya empezó: la rúbrica está congelada y no se puede modificar."
)


def rubric_is_frozen(edition):
    """Read from the database: the phase stored there is the one that counts."""
    from .pages import EditionPage, Phase

    return (
        EditionPage.objects.filter(pk=edition.pk)
        .exclude(phase__in=[Phase.CALL, Phase.SCREENING])
        .exists()
    )


def ensure_rubric_editable(edition):
    """Raise a ValidationError when the edition's jury review has started."""
    if edition is not None and rubric_is_frozen(edition):
        raise ValidationError(FROZEN_MESSAGE)


class Criterion(models.Model):
    edition = models.ForeignKey(
        "meeting.EditionPage",
        on_delete=models.CASCADE,
        related_name="criteria",
        verbose_name=_("edición"),
    )
    name = models.CharField(_("criterio"), max_length=150)
    description = models.TextField(_("descripción"), blank=True)
    weight = models.PositiveSmallIntegerField(
        _("peso"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("Peso relativo en el puntaje ponderado (por ejemplo, 30 para un 30 %)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("orden"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("criterio de evaluación")
        verbose_name_plural = _("criterios de evaluación")
        constraints = [
            models.UniqueConstraint(fields=["edition", "name"], name="meeting_unique_criterion"),
            models.CheckConstraint(condition=models.Q(weight__gte=1), name="meeting_weight_gte_1"),
        ]

    def __str__(self):
        return f"{self.name} ({self.weight})"

    def save(self, *args, **kwargs):
        ensure_rubric_editable(self.edition)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        ensure_rubric_editable(self.edition)
        return super().delete(*args, **kwargs)

    def clean(self):
        if self.edition_id:
            ensure_rubric_editable(self.edition)
