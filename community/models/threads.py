"""Threads: the conversations in a space, and when each member last read them."""

from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ThreadQuerySet(models.QuerySet):
    def with_listing_data(self):
        """What a thread list shows, in one query: space, author, reply count."""
        return self.select_related("space", "author__profile", "solution").annotate(
            post_count=Count("posts", filter=Q(posts__deleted=False, posts__hidden=False))
        )

    def with_unread_for(self, user):
        if not user.is_authenticated:
            return self
        last_read = ThreadRead.objects.filter(thread=OuterRef("pk"), user=user).values("read_at")
        return self.annotate(read_at=Subquery(last_read[:1]))


class Thread(models.Model):
    class Category(models.TextChoices):
        QUESTION = "pregunta", _("Pregunta")
        EXPERIENCE = "experiencia", _("Experiencia")
        PRACTICE = "buena-practica", _("Buena práctica")
        RESOURCE = "recurso", _("Recurso")
        EVENT = "evento", _("Evento")

    space = models.ForeignKey(
        "community.SpacePage", on_delete=models.CASCADE, related_name="threads"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="threads"
    )
    title = models.CharField(_("título"), max_length=200)
    category = models.CharField(
        _("categoría"), max_length=20, choices=Category.choices, default=Category.QUESTION
    )
    capacity_levels = models.ManyToManyField(
        "reference.CapacityLevel", blank=True, verbose_name=_("niveles de capacidad")
    )
    capacity_types = models.ManyToManyField(
        "reference.CapacityType", blank=True, verbose_name=_("tipos de capacidad")
    )
    sectors = models.ManyToManyField("reference.Sector", blank=True, verbose_name=_("sectores"))
    pinned = models.BooleanField(_("fijado"), default=False)
    locked = models.BooleanField(_("cerrado"), default=False)
    hidden = models.BooleanField(_("oculto"), default=False)
    approved = models.BooleanField(_("aprobado"), default=True)
    solution = models.ForeignKey(
        "community.Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    practice = models.ForeignKey(
        "knowledge.PracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="community_threads",
        verbose_name=_("buena práctica compartida"),
    )
    created = models.DateTimeField(default=timezone.now)
    last_activity = models.DateTimeField(default=timezone.now, db_index=True)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("hilo")
        ordering = ["-pinned", "-last_activity"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("community:thread", args=[self.pk])

    @property
    def is_question(self):
        return self.category == self.Category.QUESTION

    @property
    def practice_status(self):
        from ..practices import practice_status

        return practice_status(self.practice) if self.practice else ""

    @property
    def is_unread(self):
        """Set by `with_unread_for`; threads never opened count as unread too."""
        read_at = getattr(self, "read_at", False)
        return read_at is not False and (read_at is None or read_at < self.last_activity)


class ThreadRead(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="reads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "user"], name="one_read_mark")]

    def __str__(self):
        return f"{self.user} · {self.thread_id}"
