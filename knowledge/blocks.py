"""StreamField blocks for library pages: one shared body block plus guide steps and evidence."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("título"), required=False)
    text = blocks.RichTextBlock(label=_("texto"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("recuadro destacado")
        template = "knowledge/blocks/callout.html"


class BodyBlock(blocks.StreamBlock):
    """The body every library page shares: text, a highlighted note, an image, a document."""

    paragraph = blocks.RichTextBlock(label=_("texto"), features=RICH_TEXT_FEATURES)
    callout = CalloutBlock()
    image = ImageBlock(label=_("imagen"))
    document = DocumentChooserBlock(label=_("documento"), template="knowledge/blocks/document.html")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("paso"))
    description = blocks.RichTextBlock(
        label=_("qué hacer"), features=["bold", "italic", "ul", "link"]
    )
    expected_output = blocks.CharBlock(
        label=_("producto esperado"), help_text=_("Qué debe quedar hecho al terminar el paso.")
    )

    class Meta:
        icon = "list-ol"
        label = _("paso")
        template = "knowledge/blocks/step.html"


class IndicatorBlock(blocks.StructBlock):
    indicator = blocks.CharBlock(label=_("indicador"))
    before = blocks.CharBlock(label=_("antes"))
    after = blocks.CharBlock(label=_("después"))
    unit = blocks.CharBlock(label=_("unidad"), required=False)
    source = blocks.CharBlock(label=_("fuente"), help_text=_("Dónde se puede verificar el dato."))

    class Meta:
        icon = "table"
        label = _("indicador antes/después")
        template = "knowledge/blocks/indicator.html"


class ResultsBlock(blocks.StreamBlock):
    indicator = IndicatorBlock()
    paragraph = blocks.RichTextBlock(label=_("texto"), features=RICH_TEXT_FEATURES)
