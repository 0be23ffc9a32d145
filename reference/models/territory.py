"""Departments and municipalities keyed by their DANE DIVIPOLA codes.

DIVIPOLA lists 1,122 entries in 33 departments (Bogotá, D.C. included): 1,103 municipalities, the
island of San Andrés and 18 áreas no municipalizadas. A municipality's fiscal category and MDM
capacity group change from year to year: `MunicipalityYear` keeps each year's values and the
municipality mirrors the latest known ones, which are what "Municipios como el mío" compares.
"""

from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class Department(models.Model):
    code = models.CharField(_("código DANE"), max_length=2, unique=True)
    name = models.CharField(_("nombre"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("departamento")
        verbose_name_plural = _("departamentos")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("territory:department", args=[self.code, self.slug])

    @property
    def slug(self):
        return slugify(self.name)


class Municipality(models.Model):
    class Category(models.TextChoices):
        SPECIAL = "E", _("Especial")
        FIRST = "1", _("Primera")
        SECOND = "2", _("Segunda")
        THIRD = "3", _("Tercera")
        FOURTH = "4", _("Cuarta")
        FIFTH = "5", _("Quinta")
        SIXTH = "6", _("Sexta")

    class MDMGroup(models.TextChoices):
        CAPITALS = "C", _("C — Ciudades capitales")
        G1 = "G1", _("G1 — Nivel alto de capacidades")
        G2 = "G2", _("G2 — Nivel medio alto")
        G3 = "G3", _("G3 — Nivel medio")
        G4 = "G4", _("G4 — Nivel medio bajo")
        G5 = "G5", _("G5 — Nivel bajo")

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipio", _("Municipio")
        ISLAND = "isla", _("Isla")
        NON_MUNICIPALIZED = "anm", _("Área no municipalizada")

    code = models.CharField(_("código DANE"), max_length=5, unique=True)
    name = models.CharField(_("nombre"), max_length=120)
    kind = models.CharField(
        _("tipo"), max_length=10, choices=Kind.choices, default=Kind.MUNICIPALITY
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=_("departamento"),
    )
    category = models.CharField(
        _("categoría municipal"), max_length=1, choices=Category.choices, blank=True
    )
    mdm_group = models.CharField(
        _("grupo de capacidades MDM"), max_length=2, choices=MDMGroup.choices, blank=True
    )
    is_pdet = models.BooleanField(
        _("municipio PDET"),
        default=False,
        help_text=_(
            "Uno de los 170 municipios de los Programas de Desarrollo con Enfoque Territorial."
        ),
    )
    pdet_subregion = models.CharField(_("subregión PDET"), max_length=80, blank=True)

    class Meta:
        ordering = ["department__name", "name"]
        verbose_name = _("municipio")
        verbose_name_plural = _("municipios")

    def __str__(self):
        if self.name == self.department.name:  # Bogotá, D.C. is its own department
            return self.name
        return f"{self.name} ({self.department.name})"

    def get_absolute_url(self):
        return reverse("territory:municipality", args=[self.code, self.slug])

    @property
    def slug(self):
        return slugify(self.name)


class MunicipalityYear(models.Model):
    """A municipality's classification in one year (vigencia): its category under Ley 617 de 2000
    and its MDM capacity group. Last year's comparison stays explainable after a change."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="years",
        verbose_name=_("municipio"),
    )
    year = models.PositiveSmallIntegerField(_("año (vigencia)"))
    category = models.CharField(
        _("categoría municipal"), max_length=1, choices=Municipality.Category.choices, blank=True
    )
    mdm_group = models.CharField(
        _("grupo de capacidades MDM"),
        max_length=2,
        choices=Municipality.MDMGroup.choices,
        blank=True,
    )

    class Meta:
        ordering = ["municipality", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "year"], name="one_record_per_year")
        ]
        verbose_name = _("clasificación anual de un municipio")
        verbose_name_plural = _("clasificaciones anuales de municipios")

    def __str__(self):
        return f"{self.municipality.name} {self.year}"
