"""Entities that offer or receive assistance (DNP, ESAP, a gobernación, an alcaldía…)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .territory import Department, Municipality


class Entity(models.Model):
    class Kind(models.TextChoices):
        NATIONAL = "nacional", _("Entidad nacional")
        DEPARTMENTAL = "departamental", _("Gobernación o entidad departamental")
        MUNICIPAL = "municipal", _("Alcaldía o entidad municipal")
        ASSOCIATION = "asociacion", _("Asociación de entidades territoriales")
        COOPERATION = "cooperacion", _("Cooperación internacional")
        ACADEMIA = "academia", _("Academia")
        OTHER = "otra", _("Otra")

    name = models.CharField(_("nombre"), max_length=200, unique=True)
    acronym = models.CharField(_("sigla"), max_length=30, blank=True)
    slug = models.SlugField(_("identificador"), max_length=80, unique=True)
    kind = models.CharField(_("tipo"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    department = models.ForeignKey(
        Department,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("departamento"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("municipio"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("entidad")
        verbose_name_plural = _("entidades")

    def __str__(self):
        return self.acronym or self.name
