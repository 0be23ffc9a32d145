"""Site settings an editor controls for the training section."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="clipboard-list")
class TrainingSettings(BaseSiteSetting):
    review_required = models.BooleanField(
        _("revisión de cambios de formación"),
        default=False,
        help_text=_(
            "Activada, los cambios de los publicadores de formación pasan por el flujo "
            "«Revisión de formación» y un editor debe aprobarlos antes de publicarse."
        ),
    )

    panels = [FieldPanel("review_required")]

    class Meta:
        verbose_name = _("ajustes de formación")
