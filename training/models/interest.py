""" "Avísenme" (issue 17): members waiting to be told when a course with no open cohort opens one.

A row lives until the member is told (then the list is cleared) or takes it back.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CourseInterest(models.Model):
    course = models.ForeignKey(
        "training.CoursePage",
        on_delete=models.CASCADE,
        related_name="interests",
        verbose_name=_("curso"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="course_interests",
        verbose_name=_("persona"),
    )
    created = models.DateTimeField(_("pedido el"), default=timezone.now)

    class Meta:
        verbose_name = _("aviso de convocatoria pedido")
        verbose_name_plural = _("avisos de convocatoria pedidos")
        constraints = [
            models.UniqueConstraint(fields=["course", "user"], name="one_interest_per_member")
        ]

    def __str__(self):
        return f"{self.user} · {self.course}"
