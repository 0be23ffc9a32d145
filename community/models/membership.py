"""Who belongs to a space, with which role, and whether the request was approved yet."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Membership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "miembro", _("Miembro")
        MODERATOR = "moderador", _("Moderador")

    class Status(models.TextChoices):
        PENDING = "pendiente", _("Solicitud pendiente")
        ACTIVE = "activo", _("Activo")

    space = models.ForeignKey(
        "community.SpacePage", on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="space_memberships"
    )
    role = models.CharField(_("rol"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("estado"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membresía")
        constraints = [
            models.UniqueConstraint(fields=["space", "user"], name="one_membership_per_space")
        ]

    def __str__(self):
        return f"{self.user} · {self.space}"

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE
