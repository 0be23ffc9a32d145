"""Share links that work without JavaScript: WhatsApp, e-mail and a link to copy, and the short
text they carry.

Knows no app: each area builds its own text (a practice's kit in `knowledge.sharing`, a meeting
winner's in `meeting.sharing`) and hands it to `share_links`; any other page shares its title,
summary and address (`page_share_text`). Rendered by `templates/includes/share_links.html`.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import quote

from django.utils.html import strip_tags

SHARE_TEXT_LIMIT = 600  # characters: fits a WhatsApp preview, an SMS-sized message, a tweet thread
WHATSAPP = "https://wa.me/?text="
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def plain_line(value):
    """Rich text or plain text as one line of plain text."""
    text = html.unescape(strip_tags(str(value or "")))
    return _SPACES.sub(" ", text).strip()


def clip(text, limit):
    """`text` cut at a word boundary to at most `limit` characters, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def first_sentence(value, limit):
    """The first sentence of rich or plain text, as one line of at most `limit` characters."""
    text = plain_line(value)
    return clip(_SENTENCE_END.split(text, maxsplit=1)[0], limit)


def fit_lines(lines, url, limit=SHARE_TEXT_LIMIT):
    """The non-empty `lines`, then `url` on its own line, within `limit` characters: the longest
    line is shortened until the whole fits; the address is never cut."""
    lines = [line for line in lines if line]
    while lines:
        text = "\n".join([*lines, url])
        excess = len(text) - limit
        if excess <= 0:
            return text
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        shorter = clip(lines[longest], len(lines[longest]) - excess)
        if len(shorter) >= len(lines[longest]) or len(shorter) < 2:
            del lines[longest]
        else:
            lines[longest] = shorter
    return url


def page_share_text(page, url):
    """Any page's message: its title, its summary, its address."""
    return fit_lines([plain_line(page.title), plain_line(getattr(page, "summary", ""))], url)


@dataclass(frozen=True)
class ShareLinks:
    url: str
    subject: str
    text: str
    kit: bool = False  # show the text itself, ready to paste ("Texto para compartir")

    @property
    def whatsapp(self):
        return WHATSAPP + quote(self.text, safe="")

    @property
    def email(self):
        return f"mailto:?subject={quote(self.subject, safe='')}&body={quote(self.text, safe='')}"


def share_links(url, subject, text, kit=False):
    return ShareLinks(url=url, subject=plain_line(subject), text=text, kit=kit)
