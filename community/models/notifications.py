"""Following, in-site notifications and each member's email preference."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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


class Notification(models.Model):
    class Kind(models.TextChoices):
        REPLY = "respuesta", _("Nueva respuesta")
        MENTION = "mencion", _("Le mencionaron")
        SOLUTION = "solucion", _("Solución marcada")
        MODERATION = "moderacion", _("Decisión de moderación")
        PRACTICE = "practica", _("Su buena práctica")
        FOLLOW_UP = "seguimiento", _("Cómo le fue con lo que aplica")  # knowledge/adoption.py
        NOMINATION = "postulacion", _("Su postulación al encuentro")  # knowledge/meeting
        JURY = "jurado", _("Jurado del encuentro")  # knowledge/meeting
        TO_MODERATE = "por_moderar", _("Pendiente de moderar")  # community/moderating.py
        COURSE = "curso", _("Cursos y convocatorias")  # training
        SURVEY = "encuesta", _("Evaluación de un curso")  # training

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_notifications"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    thread = models.ForeignKey(
        "community.Thread", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.text


class EmailPreference(models.Model):
    class Frequency(models.TextChoices):
        IMMEDIATE = "inmediato", _("Un correo por cada aviso")
        DIGEST = "diario", _("Un resumen diario")
        NONE = "ninguno", _("Ningún correo")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_email"
    )
    frequency = models.CharField(
        _("correos de la comunidad"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )

    def __str__(self):
        return f"{self.user}: {self.get_frequency_display()}"

    @classmethod
    def frequency_for(cls, user):
        pref = cls.objects.filter(user=user).first()
        return pref.frequency if pref else cls.Frequency.IMMEDIATE
