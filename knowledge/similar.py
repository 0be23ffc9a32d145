"""The "Más como este" section: what a guide, lesson, practice or course offers to read next.

The items nearest in meaning to the page (search.service.more_like), among those the reader may
open. Search by meaning may be off, or the page may have no vector yet (it is embedded after it
is published): a library item then offers the live items sharing its classification
(KnowledgePage.more_like_this), a course nothing. Either way the template gets one shape.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.utils.text import Truncator

from core.templatetags.site_tags import kind_icon
from search.service import more_like, plain

SNIPPET_CHARS = 140  # a line or two of a card, never a paragraph
KIND_ICONS = {"guia": "guide", "leccion": "lesson", "practica": "practice", "curso": "course"}


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str
    kind_label: str
    icon: str
    snippet: str


def one_line(text):
    return Truncator(" ".join(text.split())).chars(SNIPPET_CHARS)


def more_like_this(request, page, fallback=None):
    """Up to four `Suggestion`s for `page`; `fallback()` gives pages when meaning finds none."""
    user = getattr(request, "user", None) or AnonymousUser()  # requests built by hand lack one
    hits = more_like(page, user) if page.pk else []
    if hits:
        return [
            Suggestion(
                title=hit.title,
                url=hit.url,
                kind_label=str(hit.kind_label),
                icon=KIND_ICONS.get(hit.kind, ""),
                snippet=one_line(plain(hit.snippet)),
            )
            for hit in hits
        ]
    return [
        Suggestion(
            title=item.title,
            url=item.get_url(request),
            kind_label=str(item.kind_label),
            icon=kind_icon(item),
            snippet=one_line(item.summary or item.search_description),
        )
        for item in (fallback() if fallback else [])
    ]
