"""What peers keeps: each member's choice to be contacted by colleagues (the mirror and the log of
every grant and withdrawal, as accounts keeps its consents), and the questions between members
about a guide or practice, with the answer, both publishing consents and the report."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CONTACT_TEXT = _("Acepto que colegas de otros municipios me escriban sobre lo que aplicamos")


class PeerProfile(models.Model):
    """The member's current choice (mirrors the latest ContactConsent) and a moderator's block."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_profile"
    )
    contactable = models.BooleanField(_("acepta que colegas le escriban"), default=False)
    blocked_at = models.DateTimeField(_("bloqueado para preguntar el"), null=True, blank=True)
    blocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bloqueado por"),
    )

    class Meta:
        verbose_name = _("preferencia de contacto entre colegas")
        verbose_name_plural = _("preferencias de contacto entre colegas")

    def __str__(self):
        return str(self.user)


class ContactConsent(models.Model):
    """Every grant and withdrawal: the proof of what the member ticked, and when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_consents"
    )
    granted = models.BooleanField(_("otorgada"))
    text = models.CharField(_("texto"), max_length=300)
    created_at = models.DateTimeField(_("fecha"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("autorización de contacto entre colegas")
        verbose_name_plural = _("autorizaciones de contacto entre colegas")

    def __str__(self):
        return f"{self.user}: {self.granted}"


class QuestionQuerySet(models.QuerySet):
    def published(self):
        """Answered, unreported, and both people said yes: what the item's page shows."""
        return self.filter(
            sender_publishes=True, recipient_publishes=True, reported_at__isnull=True
        ).exclude(Q(answer="") | Q(sender=None) | Q(recipient=None))


class Question(models.Model):
    class Report(models.TextChoices):
        OPEN = "abierta", _("Por revisar")
        DISMISSED = "descartada", _("Descartada")
        BLOCKED = "bloqueado", _("Remitente bloqueado")

    page = models.ForeignKey(
        "knowledge.KnowledgePage",
        on_delete=models.CASCADE,
        related_name="peer_questions",
        verbose_name=_("recurso"),
    )
    # Null once that person deleted the account (their own words go with them: personal_data).
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="peer_questions_sent",
        verbose_name=_("quien pregunta"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="peer_questions_received",
        verbose_name=_("colega"),
    )
    subject = models.CharField(_("asunto"), max_length=150)
    body = models.TextField(_("pregunta"), max_length=4000)
    created = models.DateTimeField(_("enviada el"), default=timezone.now)
    answer = models.TextField(_("respuesta"), max_length=4000, blank=True)
    answered_at = models.DateTimeField(_("respondida el"), null=True, blank=True)
    sender_publishes = models.BooleanField(_("quien pregunta acepta publicarla"), default=False)
    recipient_publishes = models.BooleanField(_("el colega acepta publicarla"), default=False)
    # A report hides the question from the recipient and puts it before the moderators.
    reported_at = models.DateTimeField(_("reportada el"), null=True, blank=True)
    report_reason = models.CharField(_("motivo del reporte"), max_length=300, blank=True)
    report_status = models.CharField(
        _("revisión"), max_length=12, choices=Report.choices, blank=True
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("pregunta entre colegas")
        verbose_name_plural = _("preguntas entre colegas")
        permissions = [
            ("moderate_peer_questions", _("Puede revisar preguntas reportadas entre colegas"))
        ]

    def __str__(self):
        return self.subject or str(_("Pregunta retirada"))

    @property
    def answered(self):
        return self.answered_at is not None

    @property
    def is_published(self):
        return bool(
            self.sender_publishes
            and self.recipient_publishes
            and self.answer
            and self.sender_id
            and self.recipient_id
            and not self.reported_at
        )
