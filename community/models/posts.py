"""Posts, their edit history, "útil" reactions and members' flags."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..markup import render_markdown


class Post(models.Model):
    thread = models.ForeignKey("community.Thread", on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="posts"
    )
    source = models.TextField(_("mensaje"))
    html = models.TextField(editable=False)
    reply_to = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="replies"
    )
    created = models.DateTimeField(default=timezone.now)
    edited = models.DateTimeField(null=True, blank=True)
    deleted = models.BooleanField(default=False)
    hidden = models.BooleanField(default=False)
    hidden_reason = models.CharField(_("motivo"), max_length=300, blank=True)
    approved = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("publicación")
        verbose_name_plural = _("publicaciones")
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.author} · {self.thread}"

    def save(self, *args, **kwargs):
        # Rendered on every save from the source: stored HTML is never trusted as input.
        self.html = render_markdown(self.source)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("community:thread", args=[self.thread_id]) + f"#p{self.pk}"

    @property
    def is_visible_to_all(self):
        return self.approved and not self.hidden and not self.deleted


class PostRevision(models.Model):
    """The source as it was before an edit; moderators read the history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    source = models.TextField()
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.post_id} · {self.created:%Y-%m-%d %H:%M}"


class PostReaction(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="one_useful_per_user")]

    def __str__(self):
        return f"{self.user} · {self.post_id}"


class Flag(models.Model):
    class Status(models.TextChoices):
        OPEN = "abierta", _("Abierta")
        ACTED = "atendida", _("Atendida: publicación ocultada")
        DISMISSED = "descartada", _("Descartada")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("motivo"), max_length=300)
    status = models.CharField(
        _("estado"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    created = models.DateTimeField(_("fecha"), default=timezone.now)

    class Meta:
        verbose_name = _("denuncia")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.post} · {self.reason}"
