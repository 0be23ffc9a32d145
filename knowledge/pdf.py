"""The PDF of a library item and the one-page replication kit of a practice.

A guide, lesson or practice has a PDF at `<page url>pdf/` and a practice its kit at
`<page url>kit/` (routes on the page classes, handlers in views.py). Both are made by core.pdf
from `templates/knowledge/pdf/` with `static/knowledge/pdf/item.css`, and only for live, public
pages: a private page's content must never sit in a shared file.

Each copy is stored once per published version: its name holds the page id, the live revision,
and a digest of its publication time, the layout version and the site's address (printed in
it). Publishing asks the task worker to make the new copies and drop the old (tasks.py,
signals.py); a copy still missing when someone asks is made in that request and stored.
Unpublishing, a privacy restriction, a move or deletion drop the stored copies.
"""

import base64
import hashlib
from functools import cache

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.rich_text import expand_db_html

from core import links
from core import pdf as core_pdf
from core.operator import OperatorSettings

# The site's terms of use let readers reuse the library citing the source and the author entity
# (core.operator.default_terms_text); this is the licence that says so, printed on every PDF.
LICENCE = gettext_lazy("Creative Commons Atribución 4.0 Internacional (CC BY 4.0)")
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.es"
LAYOUT = 1  # raise it when a PDF template or item.css changes: every stored copy is remade
CSS = "knowledge/pdf/item.css"

ITEM, KIT = "item", "kit"
# The kit must fit on one page: its long texts are cut to these many words, fewer each time
# the page overflows.
KIT_WORDS = (110, 80, 55, 35, 20)


def has_pdf(page):
    """Whether the page has a PDF at all: it is live and nobody's view is restricted on it or on
    a page above it (a visitor refused the page is refused earlier, by Wagtail, like the page)."""
    return page.live and not page.get_view_restrictions().exists()


def kinds_of(page):
    return (ITEM, KIT) if page.specific_class.__name__ == "PracticePage" else (ITEM,)


def folder(page):
    return core_pdf.path("knowledge", page.pk)


def file_name(page, kind):
    """The published version's copy: its live revision, and a digest of when it was published
    (ids come back after a database is rebuilt, files stay), of the layout and the address."""
    published = page.last_published_at.isoformat() if page.last_published_at else ""
    key = f"{LAYOUT}|{links.base_url()}|{published}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return f"{folder(page)}/{kind}-r{page.live_revision_id}-{digest}.pdf"


def stored_size(page, kind=ITEM):
    """The stored copy's size in bytes, or None until it is made."""
    return core_pdf.size(file_name(page, kind))


def pdf_of(page, kind=ITEM):
    """The PDF bytes of the page's published version: the stored copy, made now if missing."""
    page = page.specific
    name = file_name(page, kind)
    data = core_pdf.read(name)
    if data is None:
        data = build(page, kind)
        core_pdf.save(name, data)
    return data


def prepare(page):
    """Make the copies of the page's published version (if missing) and drop any other: the task
    worker's part when a page is published. A page that has no PDF keeps none."""
    page = page.specific
    if not has_pdf(page):
        discard(page)
        return []
    names = []
    for kind in kinds_of(page):
        pdf_of(page, kind)
        names.append(file_name(page, kind))
    core_pdf.forget(folder(page), keep=names)
    return names


def discard(page):
    core_pdf.forget(folder(page))


def download_name(page, kind):
    prefix = "kit-" if kind == KIT else ""
    return f"{prefix}{page.slug}.pdf"


# --- Building -------------------------------------------------------------------------------


@cache
def stylesheet():
    with open(finders.find(CSS), encoding="utf-8") as file:
        return file.read()


def build(page, kind=ITEM):
    page = page.specific
    if kind == KIT:
        return _build_kit(page)
    html = render_to_string("knowledge/pdf/item.html", item_context(page))
    return _write(html, page)


def _write(html, page, document=None):
    document = document or core_pdf.render(html, css=stylesheet(), base_url=links.base_url())
    return core_pdf.write(
        document,
        title=page.title,
        authors=[page.entity.name] if page.entity else ["Red ATT"],
        description=page.summary or None,
        keywords=[name for _label, terms in page.taxonomy_links() for name, _url in terms],
        created=page.first_published_at.isoformat() if page.first_published_at else None,
        modified=page.last_published_at.isoformat() if page.last_published_at else None,
    )


def _build_kit(page):
    for words in KIT_WORDS:
        html = render_to_string("knowledge/pdf/kit.html", kit_context(page, words))
        document = core_pdf.render(html, css=stylesheet(), base_url=links.base_url())
        if len(document.pages) == 1:
            break
    else:  # still too long with the shortest texts: the first page alone is the kit
        document = document.copy(document.pages[:1])
    return _write(html, page, document)


def _rich(value, words=None):
    html = expand_db_html(value or "")
    if words:
        html = Truncator(html).words(words, html=True, truncate="…")
    return mark_safe(html)  # noqa: S308 - an editor's rich text, as the page shows it


def _common_context(page, kind):
    address = links.absolute(page.url)
    return {
        "page": page,
        "kind": kind,
        "taxonomy": [
            (label, [(name, links.absolute(url)) for name, url in terms])
            for label, terms in page.taxonomy_links()
        ],
        "territory": territory(page),
        "address": address,
        "qr": core_pdf.qr_svg(address),
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "operator_name": operator_name(page),
        "generated": timezone.localdate(),
    }


def item_context(page):
    """What the item's PDF shows: what its page shows, minus the forms and the readers' answers."""
    context = _common_context(page, ITEM)
    name = page.specific_class.__name__
    sections, closing = [], []
    if name == "GuidePage":
        sections = [
            (_("Propósito"), _rich(page.purpose)),
            (_("Dirigida a"), format_html("<p>{}</p>", page.audience)),
        ]
    elif name == "LessonPage":
        sections = [
            (_("Contexto"), _rich(page.context)),
            (_("Qué se hizo"), _rich(page.what_was_done)),
            (_("Qué funcionó"), _rich(page.what_worked)),
            (_("Qué no funcionó"), _rich(page.what_did_not)),
            (_("Recomendación"), _rich(page.recommendation)),
        ]
    elif name == "PracticePage":
        sections = [(_("Problema"), _rich(page.problem)), (_("Solución"), _rich(page.solution))]
        closing = [(_("Condiciones para replicarla"), _rich(page.replication_conditions))]
        if page.resources_required:
            closing.append((_("Recursos que requirió"), _rich(page.resources_required)))
        context["contact"] = contact(page)
    context.update(
        sections=sections,
        closing_sections=closing,
        body=[(block.block_type, _body_value(block)) for block in page.body],
        documents=[item.title for item in page.documents.all()],
        related=[
            (resource.label, links.absolute(resource.href))
            for resource in page.related_resources.all()
        ],
    )
    return context


def kit_context(page, words):
    context = _common_context(page, KIT)
    context.update(
        problem=_rich(page.problem, words),
        solution=_rich(page.solution, words),
        conditions=_rich(page.replication_conditions, words),
        resources=_rich(page.resources_required, words // 2) if page.resources_required else "",
        contact=contact(page),
        words=words // 2,
    )
    return context


def territory(page):
    departments = ", ".join(d.name for d in page.departments.all())
    municipalities = ", ".join(m.name for m in page.municipalities.all())
    return " — ".join(part for part in (departments, municipalities) if part)


def contact(page):
    parts = [page.contact_entity.name if page.contact_entity else "", page.contact_email]
    return " · ".join(part for part in parts if part)


def operator_name(page):
    site = page.get_site()
    return OperatorSettings.for_site(site).name if site else ""


def _body_value(block):
    """A body block as the PDF shows it: an image as a small JPEG inside the file."""
    if block.block_type == "image":
        image = block.value
        rendition = image.get_rendition("max-1000x700|format-jpeg|jpegquality-60")
        with rendition.file.open("rb") as file:
            data = base64.b64encode(file.read()).decode()
        alt = getattr(image, "contextual_alt_text", None) or image.title
        return {"src": f"data:image/jpeg;base64,{data}", "alt": alt}
    if block.block_type == "document":
        return {"title": block.value.title}
    return block.value
