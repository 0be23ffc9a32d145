"""StreamField blocks of an edition: the agenda's sessions and the memoria's documents and links."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class SessionBlock(blocks.StructBlock):
    starts_at = blocks.DateTimeBlock(label=_("inicio"))
    ends_at = blocks.TimeBlock(label=_("fin"), required=False)
    title = blocks.CharBlock(label=_("título"), max_length=200)
    room = blocks.CharBlock(label=_("sala o lugar"), required=False, max_length=200)
    link = blocks.URLBlock(label=_("enlace de conexión"), required=False)
    speakers = blocks.ListBlock(
        blocks.CharBlock(label=_("nombre y entidad"), max_length=200),
        label=_("ponentes"),
        default=[],
    )
    practices = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="knowledge.PracticePage", label=_("práctica")),
        label=_("prácticas presentadas"),
        default=[],
    )
    description = blocks.TextBlock(label=_("descripción"), required=False)

    class Meta:
        icon = "time"
        label = _("sesión")
        template = "meeting/blocks/session.html"


class MemoriaDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("documento"))
    label = blocks.CharBlock(label=_("nombre visible"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("documento")


class MemoriaLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("enlace"))
    label = blocks.CharBlock(label=_("texto del enlace"), max_length=200)

    class Meta:
        icon = "link"
        label = _("enlace")


class AgendaBlock(blocks.StreamBlock):
    session = SessionBlock()


class MemoriaResourcesBlock(blocks.StreamBlock):
    document = MemoriaDocumentBlock()
    link = MemoriaLinkBlock()
