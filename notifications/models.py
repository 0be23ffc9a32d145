"""The site-wide inbox: in-site notices and each member's e-mail preference.

The tables keep their first names (`community_notification`, `community_emailpreference`):
the models moved here from the community app without moving data.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import kinds


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_notifications"
    )
    kind = models.CharField(max_length=kinds.MAX_LENGTH, choices=kinds.choices)
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    # The conversation a notice is about, if any: deleting it deletes its notices.
    thread = models.ForeignKey(
        "community.Thread", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    # What the notice is about when a member must hear of it once only, e.g. "community.post:12"
    # (a retried fan-out task then writes and mails nothing twice); empty: no such limit.
    key = models.CharField(max_length=100, blank=True, default="", editable=False)

    class Meta:
        db_table = "community_notification"
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "key"],
                condition=~models.Q(key=""),
                name="notification_once_per_key",
            )
        ]

    def __str__(self):
        return self.text


class EmailPreference(models.Model):
    """How a member wants the notices by e-mail; it governs every e-mail the notices send."""

    class Frequency(models.TextChoices):
        IMMEDIATE = "inmediato", _("Un correo por cada aviso")
        DIGEST = "diario", _("Un resumen diario")
        NONE = "ninguno", _("Ningún correo")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_email"
    )
    frequency = models.CharField(
        _("correos de la comunidad"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )

    class Meta:
        db_table = "community_emailpreference"

    def __str__(self):
        return f"{self.user}: {self.get_frequency_display()}"

    @classmethod
    def frequency_for(cls, user):
        pref = cls.objects.filter(user=user).first()
        return pref.frequency if pref else cls.Frequency.IMMEDIATE
