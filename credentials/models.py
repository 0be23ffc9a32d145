"""A certificate: a course completed or a meeting recognition, verifiable by its code.

What it certifies is copied onto it when it is issued (title, hours, entity, dates), so it stays
verifiable as it was issued even if the course is edited or deleted later. The holder is the
account (`user`, kept null after the account is deleted); the name it shows publicly follows the
member's consent (`holder.display_name`), and `holder_name` keeps the name only for a deleted
account that had consented to show it (README, "Certificados").
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .codes import grouped, new_code


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)

    def for_lists(self):
        """Everything a list row shows, in one query."""
        return self.select_related("user__profile", "course", "cohort", "nomination")


class Certificate(models.Model):
    class Kind(models.TextChoices):
        COURSE = "curso", _("Curso")
        RECOGNITION = "reconocimiento", _("Reconocimiento del encuentro")

    code = models.CharField(
        _("código de verificación"), max_length=16, unique=True, default=new_code, editable=False
    )
    kind = models.CharField(_("tipo"), max_length=16, choices=Kind.choices, default=Kind.COURSE)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("titular"),
    )
    # Only for an account deleted after consenting to show its name; otherwise "".
    holder_name = models.CharField(_("nombre del titular"), max_length=300, blank=True)
    course = models.ForeignKey(
        "training.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("curso"),
    )
    cohort = models.ForeignKey(
        "training.Cohort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("convocatoria"),
    )
    nomination = models.ForeignKey(
        "meeting.Nomination",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("postulación reconocida"),
    )
    title = models.CharField(_("título"), max_length=300)
    description = models.TextField(_("qué certifica"), blank=True)
    hours = models.PositiveSmallIntegerField(_("horas"), null=True, blank=True)
    issuing_entity = models.CharField(_("entidad que certifica"), max_length=200)
    starts_on = models.DateField(_("desde"), null=True, blank=True)
    ends_on = models.DateField(_("hasta"), null=True, blank=True)
    issued_at = models.DateTimeField(_("expedido el"), default=timezone.now)
    # Set for a certificate issued by hand (an exception to the rules), with the reason.
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("expedido a mano por"),
    )
    issue_reason = models.TextField(_("motivo de la expedición manual"), blank=True)
    revoked_at = models.DateTimeField(_("revocado el"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revocado por"),
    )
    revocation_reason = models.TextField(_("motivo de la revocación"), blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificado")
        verbose_name_plural = _("certificados")
        ordering = ["-issued_at", "pk"]
        constraints = [
            # One certificate per member and cohort, and per member and recognised nomination:
            # a signal sent twice, or two clicks at once, cannot issue a second one.
            models.UniqueConstraint(
                fields=["user", "cohort"],
                condition=models.Q(user__isnull=False, cohort__isnull=False),
                name="credentials_one_per_member_and_cohort",
            ),
            models.UniqueConstraint(
                fields=["user", "nomination"],
                condition=models.Q(user__isnull=False, nomination__isnull=False),
                name="credentials_one_per_member_and_nomination",
            ),
        ]

    def __str__(self):
        return f"{self.display_code} · {self.title}"

    @property
    def display_code(self):
        return grouped(self.code)

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def is_manual(self):
        return self.issued_by_id is not None or bool(self.issue_reason)
