"""Usefulness ("¿Le sirvió?"): a reader's yes or no on a library item, with an optional reason
and comment.

One answer per member and item (they may change it); visitors who are not signed in answer too,
each answer its own row. Readers see only the counts; editors holding `knowledge.view_usefulness`
read reasons and comments in the admin, never who wrote them.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UsefulnessAnswer(models.Model):
    class Reason(models.TextChoices):
        CLEAR = "clara", _("Es clara y fácil de seguir")
        APPLICABLE = "aplicable", _("La pude aplicar en mi entidad")
        INCOMPLETE = "incompleta", _("Le faltan detalles o ejemplos")
        NOT_RELEVANT = "no_aplica", _("No aplica a mi entidad o territorio")
        OUTDATED = "desactualizada", _("Está desactualizada")
        OTHER = "otra", _("Otra razón")

    page = models.ForeignKey(
        "knowledge.KnowledgePage",
        on_delete=models.CASCADE,
        related_name="usefulness_answers",
        verbose_name=_("recurso"),
    )
    # Null for visitors who were not signed in, and for members who deleted their account.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    useful = models.BooleanField(_("le sirvió"))
    reason = models.CharField(_("motivo"), max_length=16, choices=Reason.choices, blank=True)
    comment = models.TextField(_("comentario"), max_length=1000, blank=True)
    created = models.DateTimeField(_("respondida el"), default=timezone.now)
    updated = models.DateTimeField(_("cambiada el"), default=timezone.now)

    class Meta:
        verbose_name = _("respuesta «¿Le sirvió?»")
        verbose_name_plural = _("respuestas «¿Le sirvió?»")
        permissions = [
            ("view_usefulness", _("Puede leer los motivos y comentarios de «¿Le sirvió?»"))
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user"],
                condition=models.Q(user__isnull=False),
                name="usefulness_one_answer_per_member",
            )
        ]
        # The offering entities' dashboard counts a period's answers per item: covered by this.
        indexes = [models.Index(fields=["updated", "page", "useful"], name="usefulness_by_period")]

    def __str__(self):
        return f"{self.page_id}: {'sí' if self.useful else 'no'}"
