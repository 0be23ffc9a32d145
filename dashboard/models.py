"""The dashboard has no data of its own: this table-less model only carries its permission,
`dashboard.view_dashboard`, so admins can grant it to any group in Settings › Groups."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dashboard(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_dashboard", _("Puede ver el tablero de demanda"))]
        verbose_name = _("tablero de demanda")

    def __str__(self):
        return str(self._meta.verbose_name)
