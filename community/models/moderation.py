"""The moderation log: every moderator action, visible to the space's moderators."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ModerationLog(models.Model):
    class Action(models.TextChoices):
        PIN = "fijar", _("Fijó el hilo")
        UNPIN = "desfijar", _("Desfijó el hilo")
        LOCK = "cerrar", _("Cerró el hilo")
        UNLOCK = "abrir", _("Reabrió el hilo")
        HIDE_THREAD = "ocultar-hilo", _("Ocultó el hilo")
        SHOW_THREAD = "mostrar-hilo", _("Volvió a mostrar el hilo")
        MOVE = "mover", _("Movió el hilo")
        HIDE_POST = "ocultar", _("Ocultó una publicación")
        APPROVE_POST = "aprobar", _("Aprobó una publicación")
        APPROVE_MEMBER = "aprobar-miembro", _("Aprobó una solicitud de ingreso")

    space = models.ForeignKey(
        "community.SpacePage", on_delete=models.CASCADE, related_name="moderation_log"
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    thread = models.ForeignKey(
        "community.Thread", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    post = models.ForeignKey(
        "community.Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.CharField(_("motivo"), max_length=300, blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.get_action_display()} · {self.created:%Y-%m-%d}"
