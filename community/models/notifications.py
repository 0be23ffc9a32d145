"""Following a space or a thread (the notices themselves are the notifications app's)."""

from django.conf import settings
from django.db import models


class Follow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    space = models.ForeignKey(
        "community.SpacePage", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    thread = models.ForeignKey(
        "community.Thread", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "space"], name="follow_space_once"),
            models.UniqueConstraint(fields=["user", "thread"], name="follow_thread_once"),
            models.CheckConstraint(
                condition=models.Q(space__isnull=False) ^ models.Q(thread__isnull=False),
                name="follow_space_or_thread",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.space or self.thread}"
