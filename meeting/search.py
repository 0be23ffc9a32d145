"""Editions of the annual meeting in the site search, dated by when the meeting takes place.

Edition pages reach the index through search/signals.py like every page.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.rich_text import get_text_for_indexing

from search.documents import SearchDocument, page_is_findable, register_kind

from .models import EditionPage


def edition_document(page):
    """A live, public edition: what it is about, where and when; its memoria once written."""
    edition = page.specific
    if not page_is_findable(edition):
        return None
    texts = [edition.description, edition.selection_criteria, edition.memoria]
    body = [edition.summary, edition.place, *(get_text_for_indexing(t) for t in texts if t)]
    return SearchDocument(
        kind="encuentro",
        pk=edition.pk,
        title=edition.title,
        url=edition.url or "",
        body="\n".join(part for part in body if part),
        summary=edition.summary,
        date=edition.starts_on,
        territory=edition.place or str(_("Virtual")),
    )


def register():
    register_kind(
        "encuentro",
        label=_("Encuentro anual"),
        model=EditionPage,
        build=edition_document,
        objects=lambda: EditionPage.objects.live().public(),
    )
