"""The community's pages: the index ("Comunidad") and the spaces editors create under it.

Spaces are Wagtail pages so editors create them, set moderators and rules like any other page.
The `visibility` field is the one source of a space's privacy. On save a private space gets a
login view restriction derived from it: every page channel that honours Wagtail privacy
(`.public()`: the API, the sitemap, menus, site search) then skips it without special cases, and
the `before_serve_page` hook answers 404 to non-members. Wagtail's privacy dialog is refused for
spaces (wagtail_hooks.py), so nothing but the field changes that restriction.
"""

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageViewRestriction

from core.links import absolute
from core.models import BasePage
from core.routing import delegate

RESERVED_SLUGS = {
    "hilos",
    "espacios",
    "publicaciones",
    "moderacion",
    "notificaciones",
    "preferencias",
    "baja",
    "compartir-practica",
}


class CommunityIndexPage(BasePage):
    intro = RichTextField(_("introducción"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.SpacePage"]
    max_count = 1
    template = "community/community_index_page.html"

    class Meta:
        verbose_name = _("índice de la comunidad")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return context | delegate(self, "community.views.spaces.index_context", request)


class SpacePage(BasePage):
    class Visibility(models.TextChoices):
        PUBLIC = "publico", _("Público: cualquiera lee, los miembros publican")
        PRIVATE = "privado", _("Privado: solo los miembros leen y publican")

    description = RichTextField(_("descripción"), features=["bold", "italic", "link", "ul"])
    rules = RichTextField(
        _("normas del espacio"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    visibility = models.CharField(
        _("visibilidad"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    moderators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="moderated_spaces",
        verbose_name=_("moderadores"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("rules"),
        MultiFieldPanel(
            [
                FieldPanel("visibility", widget=forms.RadioSelect),
                FieldPanel("moderators", widget=forms.SelectMultiple),
            ],
            heading=_("Acceso y moderación"),
        ),
    ]
    parent_page_types = ["community.CommunityIndexPage"]
    subpage_types = []
    template = "community/space_page.html"

    class Meta:
        verbose_name = _("espacio de la comunidad")
        verbose_name_plural = _("espacios de la comunidad")

    @property
    def is_private(self):
        return self.visibility == self.Visibility.PRIVATE

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Esta dirección está reservada; elija otra.")})

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        self.sync_view_restriction()
        return result

    def sync_view_restriction(self):
        """Private spaces carry a login restriction so `.public()` channels never list them."""
        restrictions = PageViewRestriction.objects.filter(page=self)
        if self.is_private and not restrictions.exists():
            PageViewRestriction.objects.create(
                page=self, restriction_type=PageViewRestriction.LOGIN
            )
        elif not self.is_private:
            restrictions.filter(restriction_type=PageViewRestriction.LOGIN).delete()

    def get_sitemap_urls(self, request=None):
        """The space and its public threads; a private space lists nothing."""
        if self.is_private:
            return []
        from django.contrib.auth.models import AnonymousUser

        from ..permissions import visible_threads

        threads = visible_threads(AnonymousUser()).filter(space=self).only("pk", "last_activity")
        return super().get_sitemap_urls(request) + [
            {"location": absolute(thread.get_absolute_url()), "lastmod": thread.last_activity}
            for thread in threads
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return context | delegate(self, "community.views.spaces.space_context", request)
