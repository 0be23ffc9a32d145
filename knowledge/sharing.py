"""What a library item says when it is shared: a practice's replication kit text, ready to paste
in a WhatsApp group or an e-mail, and the share links of any library item (`core.sharing`)."""

from django.utils.translation import gettext as _

from core.sharing import first_sentence, fit_lines, page_share_text, plain_line, share_links

from .models import PracticePage


def practice_achievement(practice):
    """What the practice achieved, in one line: its first before/after indicator, else the first
    paragraph of its results, else its summary."""
    for block in practice.results:
        if block.block_type == "indicator":
            value = block.value
            unit = f" {value['unit']}" if value.get("unit") else ""
            return _("%(indicator)s: de %(before)s a %(after)s%(unit)s") % {
                "indicator": plain_line(value["indicator"]),
                "before": plain_line(value["before"]),
                "after": plain_line(value["after"]),
                "unit": unit,
            }
        if block.block_type == "paragraph":
            return first_sentence(block.value.source, 200)
    return first_sentence(practice.summary, 200)


def practice_share_text(practice, url, heading=""):
    """The practice in at most 600 characters: title, the problem in one line, what it achieved,
    the entity, the link (`heading` first, e.g. the meeting award it won)."""
    entity = practice.contact_entity or practice.entity
    return fit_lines(
        [
            plain_line(heading),
            plain_line(practice.title),
            _("Problema: %s") % first_sentence(practice.problem, 200) if practice.problem else "",
            _("Logro: %s") % practice_achievement(practice),
            _("Entidad: %s") % plain_line(entity.name) if entity else "",
        ],
        url,
    )


def library_share(page, request=None):
    """The share links of a library item: a practice carries its kit text, the others their
    title, summary and address."""
    url = page.get_full_url(request)
    if isinstance(page, PracticePage):
        return share_links(url, page.title, practice_share_text(page, url), kit=True)
    return share_links(url, page.title, page_share_text(page, url))
