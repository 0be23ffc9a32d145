"""Controlled vocabularies from the policy, managed by editors as snippets.

Slugs are stable identifiers used in URLs and filters; labels can be edited freely.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    name = models.CharField(_("nombre"), max_length=100, unique=True)
    slug = models.SlugField(_("identificador"), max_length=100, unique=True)
    description = models.TextField(_("descripción"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("orden"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class CapacityLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("nivel de capacidad")
        verbose_name_plural = _("niveles de capacidad")


class CapacityType(Term):
    class Meta(Term.Meta):
        verbose_name = _("tipo de capacidad")
        verbose_name_plural = _("tipos de capacidad")


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectores")


class CycleStage(Term):
    class Meta(Term.Meta):
        verbose_name = _("etapa del ciclo de gestión pública")
        verbose_name_plural = _("etapas del ciclo de gestión pública")
