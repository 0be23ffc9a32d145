"""The data-processing policy (Ley 1581 de 2012) and the proof of each member's consent.

Editors maintain one `PrivacyPolicyPage`. Its `version` is a number they raise for a substantive
change; each publication stores a `PolicyVersion`: the exact text published, under that number.
A member's consent points at the `PolicyVersion` they saw, so the proof survives later edits of
the page. Members are asked again only when the number goes up; a typo fix published under the
same number is recorded as a new text, but nobody is asked to accept it.

Until editors publish a page, the current version is the standard text shipped in
`data/politica_datos.html` (created as version 1 the first time it is needed).
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.signals import page_published

from core.models import BasePage

POLICY_TITLE = "Política de tratamiento de datos personales"
DEFAULT_TEXT_FILE = Path(__file__).parent / "data" / "politica_datos.html"
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def default_policy_text():
    return DEFAULT_TEXT_FILE.read_text(encoding="utf-8")


class PolicyVersionQuerySet(models.QuerySet):
    def latest_first(self):
        return self.order_by("-number", "-published_at", "-pk")

    def current(self):
        """The text members accept now: the latest publication of the highest number."""
        version = self.latest_first().first()
        if version is None:
            version, _created = self.get_or_create(
                number=1,
                defaults={
                    "title": POLICY_TITLE,
                    "text": default_policy_text(),
                    "changes_summary": str(_("Primera versión.")),
                },
            )
        return version

    def current_number(self):
        return self.aggregate(number=Max("number"))["number"] or 1


class PolicyVersion(models.Model):
    """One published text of the policy: what a member's consent refers to. Never edited."""

    number = models.PositiveIntegerField(_("versión"))
    title = models.CharField(_("título"), max_length=255)
    text = models.TextField(_("texto publicado"))
    changes_summary = models.TextField(_("resumen de los cambios"), blank=True)
    published_at = models.DateTimeField(_("publicada el"), default=timezone.now)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("La revisión de la página publicada, mientras Wagtail la conserve."),
    )

    objects = PolicyVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("versión de la política de datos")
        verbose_name_plural = _("versiones de la política de datos")
        ordering = ["-number", "-published_at", "-pk"]

    def __str__(self):
        return f"{self.title} v{self.number} ({self.published_at:%Y-%m-%d})"


class PrivacyPolicyPage(BasePage):
    body = RichTextField(
        _("texto de la política"), features=RICH_TEXT_FEATURES, default=default_policy_text
    )
    version = models.PositiveIntegerField(
        _("número de versión"),
        default=1,
        help_text=_(
            "Súbalo en uno solo cuando el cambio sea sustancial (qué datos, para qué, quién los "
            "trata, cómo ejercer los derechos): cada miembro deberá aceptar la nueva versión la "
            "próxima vez que ingrese. Para corregir una errata, déjelo igual."
        ),
    )
    changes_summary = models.TextField(
        _("resumen de los cambios"),
        blank=True,
        help_text=_(
            "Qué cambió, en dos o tres frases sencillas. Se muestra a los miembros cuando se les "
            "pide aceptar la nueva versión. Obligatorio al subir el número de versión."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("version"), FieldPanel("changes_summary")],
            heading=_("Versión"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "accounts/privacy_policy_page.html"

    class Meta:
        verbose_name = _("política de tratamiento de datos personales")

    def clean(self):
        super().clean()
        current = PolicyVersion.objects.current_number()
        if self.version < current:
            raise ValidationError(
                {"version": _("La versión vigente es la %(n)s: no puede bajar.") % {"n": current}}
            )
        if self.version > current and not self.changes_summary.strip():
            raise ValidationError(
                {
                    "changes_summary": _(
                        "Resuma los cambios: los miembros lo leerán antes de aceptar."
                    )
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["published_version"] = (
            PolicyVersion.objects.filter(number=self.version).latest_first().first()
        )
        return context


@receiver(page_published, sender=PrivacyPolicyPage)
def store_published_version(sender, instance, revision, **kwargs):
    PolicyVersion.objects.create(
        number=instance.version,
        title=instance.title,
        text=instance.body,
        changes_summary=instance.changes_summary,
        published_at=timezone.now(),
        revision=revision,
    )


class Consent(models.Model):
    """One express answer of a member: a grant or a withdrawal, with what they read and when."""

    class Kind(models.TextChoices):
        POLICY = "politica", _("Tratamiento de datos personales")
        PUBLIC_IDENTITY = "identidad", _("Mostrar nombre y entidad al público")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    kind = models.CharField(_("autorización"), max_length=10, choices=Kind.choices)
    granted = models.BooleanField(_("otorgada"), help_text=_("Falso: retiro de la autorización."))
    policy_version = models.ForeignKey(
        PolicyVersion,
        on_delete=models.PROTECT,
        null=True,
        related_name="consents",
        verbose_name=_("versión de la política"),
    )
    text = models.CharField(_("texto que marcó"), max_length=300)
    source = models.CharField(
        _("dónde"),
        max_length=20,
        help_text=_("registro, reaceptacion, mis-datos o demo"),
    )
    created_at = models.DateTimeField(_("fecha y hora"), default=timezone.now)

    class Meta:
        verbose_name = _("autorización")
        verbose_name_plural = _("autorizaciones")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        state = "✓" if self.granted else "✗"
        return f"{self.user} · {self.get_kind_display()} {state} · {self.created_at:%Y-%m-%d}"
