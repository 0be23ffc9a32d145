"""The community's recognition: one public vote per member per edition, enforced by the database."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Vote(models.Model):
    edition = models.ForeignKey(
        "meeting.EditionPage",
        on_delete=models.CASCADE,
        related_name="votes",
        verbose_name=_("edición"),
    )
    nomination = models.ForeignKey(
        "meeting.Nomination",
        on_delete=models.CASCADE,
        related_name="votes",
        verbose_name=_("postulación"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("miembro"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("voto del público")
        verbose_name_plural = _("votos del público")
        constraints = [
            models.UniqueConstraint(fields=["edition", "user"], name="meeting_one_vote_per_member")
        ]

    def __str__(self):
        return f"{self.user} → {self.nomination}"
