"""Adoption ("La estamos aplicando"): an entity applying a guide or practice, and how it went
six months on.

The entity and its place are copied from the member's profile when they record it: the adoption
is a fact about that entity at that time, so it stays where it happened when the member changes
jobs or deletes the account. Items show only counts, places and outcomes, never who recorded them.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Adoption(models.Model):
    class Outcome(models.TextChoices):
        WORKED = "funciono", _("Funcionó")
        PARTLY = "en_parte", _("Funcionó en parte")
        DID_NOT = "no_funciono", _("No funcionó")

    page = models.ForeignKey(
        "knowledge.KnowledgePage",
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("recurso"),
    )
    # Null once the member deleted their account: the entity's adoption stays on record.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    entity_name = models.CharField(_("entidad"), max_length=200)
    department = models.ForeignKey(
        "reference.Department",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("departamento"),
    )
    municipality = models.ForeignKey(
        "reference.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipio"),
    )
    note = models.TextField(_("nota"), max_length=500, blank=True)
    created = models.DateTimeField(_("registrada el"), default=timezone.now)
    follow_up_sent_at = models.DateTimeField(_("seguimiento enviado el"), null=True, blank=True)
    outcome = models.CharField(_("cómo le fue"), max_length=12, choices=Outcome.choices, blank=True)
    outcome_note = models.TextField(_("por qué"), max_length=1000, blank=True)
    outcome_at = models.DateTimeField(_("respondido el"), null=True, blank=True)

    class Meta:
        verbose_name = _("aplicación de un recurso")
        verbose_name_plural = _("aplicaciones de recursos")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user"],
                condition=models.Q(user__isnull=False),
                name="adoption_once_per_member",
            )
        ]
        indexes = [models.Index(fields=["follow_up_sent_at", "created"])]

    def __str__(self):
        return f"{self.entity_name} → {self.page_id}"

    @property
    def place(self):
        if self.municipality_id:
            return f"{self.municipality.name} ({self.department.name})"
        return self.department.name
