"""The member profile: who a user is in the ATT ecosystem (entity, position, territory)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from reference.models import Department, Entity, Municipality


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    entity = models.ForeignKey(
        Entity,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("entidad"),
    )
    entity_other = models.CharField(
        _("otra entidad"),
        max_length=200,
        blank=True,
        help_text=_("Si su entidad no está en la lista, escríbala aquí."),
    )
    position = models.CharField(
        _("cargo"),
        max_length=150,
        blank=True,
        help_text=_("Por ejemplo: secretaria de planeación."),
    )
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

    # Mirrors of the latest consents (the proof lives in `policy.Consent`), kept here so every
    # page can honour them with the author's profile it already loads.
    public_identity = models.BooleanField(
        _("muestra su nombre y entidad"),
        default=False,
        help_text=_("Autorización del miembro para mostrar su nombre y entidad al público."),
    )
    policy_version_accepted = models.PositiveIntegerField(
        _("versión de la política aceptada"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("perfil")
        verbose_name_plural = _("perfiles")

    def __str__(self):
        return str(self.user)

    def clean(self):
        if (
            self.municipality_id
            and self.department_id
            and self.municipality.department_id != self.department_id
        ):
            raise ValidationError(
                {"municipality": _("El municipio no pertenece al departamento elegido.")}
            )

    @property
    def entity_name(self):
        return self.entity.name if self.entity else self.entity_other


# The data-processing policy page, its published versions and members' consents.
from .policy import Consent, PolicyVersion, PrivacyPolicyPage  # noqa: E402, F401
