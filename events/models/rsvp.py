"""Who will attend an event: one row per member who said "Asistiré" (changed only through
`events.rsvp`)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Rsvp(models.Model):
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        related_name="rsvps",
        verbose_name=_("evento"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_rsvps",
        verbose_name=_("persona"),
    )
    created_at = models.DateTimeField(_("confirmó el"), auto_now_add=True)
    # Set when the day-before reminder is sent, so each member is reminded once.
    reminded_at = models.DateTimeField(_("recordatorio enviado el"), null=True, blank=True)

    class Meta:
        verbose_name = _("asistencia confirmada")
        verbose_name_plural = _("asistencias confirmadas")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="events_one_rsvp_per_member")
        ]

    def __str__(self):
        return f"{self.user} → {self.event}"
