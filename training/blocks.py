"""StreamField blocks for course content: the library's body plus a learning activity."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from knowledge.blocks import BodyBlock


class ActivityBlock(blocks.StructBlock):
    """A task the learner does on their own territory, with the product it should leave."""

    title = blocks.CharBlock(label=_("actividad"))
    instructions = blocks.RichTextBlock(
        label=_("instrucciones"), features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )
    minutes = blocks.IntegerBlock(label=_("minutos estimados"), required=False, min_value=1)

    class Meta:
        icon = "tick"
        label = _("actividad práctica")
        template = "training/blocks/activity.html"


class LessonBodyBlock(BodyBlock):
    """A lesson's content: what every library page may hold, plus activities and videos."""

    activity = ActivityBlock()
    video = EmbedBlock(label=_("video"), help_text=_("Enlace de YouTube o Vimeo."))
