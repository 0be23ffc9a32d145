"""Demo library for `seed_demo`: Biblioteca with the guides, lessons and practices of
`knowledge_data`.

Idempotent: an item whose slug already exists under its section is left alone, so editors' changes
to demo pages survive a second run.

Guides carry no attached "manual": the site makes every item's PDF itself (knowledge/pdf.py), so
a guide's PDF is its own page, not a shared stand-in file.
"""

import datetime
from urllib.parse import urlparse

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Site

from knowledge.models import (
    GuidePage,
    LessonPage,
    LibraryIndexPage,
    PracticePage,
    RelatedResource,
)
from reference.models import (
    CapacityLevel,
    CapacityType,
    CycleStage,
    Department,
    Entity,
    Municipality,
    Sector,
)

from . import knowledge_feedback
from .knowledge_data import GUIDES, LESSONS, PRACTICES, RELATED_LINKS

SECTIONS = [
    ("guias", "Guías metodológicas", "Paso a paso para tareas de la gestión territorial."),
    ("lecciones", "Lecciones aprendidas", "Qué dejaron los programas de asistencia técnica."),
    ("practicas", "Buenas prácticas", "Soluciones probadas por entidades territoriales."),
]


def seed(log):
    library = get_or_create_index(home_page(), "biblioteca", "Biblioteca", LIBRARY_SUMMARY)
    guides, lessons, practices = (
        get_or_create_index(library, slug, title, summary) for slug, title, summary in SECTIONS
    )
    for item in GUIDES:
        create_item(guides, GuidePage, item, guide_fields(item))
    for item in LESSONS:
        create_item(lessons, LessonPage, item, lesson_fields(item))
    for item in PRACTICES:
        create_item(practices, PracticePage, item, practice_fields(item))
    log.step(
        f"biblioteca: {len(GUIDES)} guías, {len(LESSONS)} lecciones, {len(PRACTICES)} prácticas"
    )
    knowledge_feedback.seed(log)


LIBRARY_SUMMARY = (
    "Guías metodológicas, lecciones aprendidas y buenas prácticas de asistencia técnica "
    "territorial, por nivel y tipo de capacidad."
)


def home_page():
    return Site.objects.get(is_default_site=True).root_page


def get_or_create_index(parent, slug, title, summary):
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    index = LibraryIndexPage(title=title, slug=slug, summary=summary, show_in_menus=True)
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def paragraph(text):
    return f"<p>{escape(text)}</p>"


def guide_fields(item):
    return {
        "purpose": paragraph(item["purpose"]),
        "audience": item["audience"],
        "version": item.get("version", "1.0"),
        "review_by": reviewed_on(item) + datetime.timedelta(days=item.get("review_every", 730)),
        "body": [("paragraph", norms_html(item["norms"]))] if item.get("norms") else [],
        "steps": [
            (
                "step",
                {
                    "title": title,
                    "description": paragraph(description),
                    "expected_output": expected_output,
                },
            )
            for title, description, expected_output in item["steps"]
        ],
    }


def norms_html(norms):
    """The norms a guide rests on, as a list under its own heading after the steps."""
    items = "".join(f"<li><b>{escape(norm)}</b>: {escape(what)}</li>" for norm, what in norms)
    return f"<h2>Normas que aplican</h2><ul>{items}</ul>"


def lesson_fields(item):
    start, end = item["period"]
    return {
        "programme": item["programme"],
        "period_start": start,
        "period_end": end,
        "context": paragraph(item["context"]),
        "what_was_done": paragraph(item["done"]),
        "what_worked": paragraph(item["worked"]),
        "what_did_not": paragraph(item["did_not"]),
        "recommendation": paragraph(item["recommendation"]),
    }


def practice_fields(item):
    return {
        "problem": paragraph(item["problem"]),
        "solution": paragraph(item["solution"]),
        "results": [
            (
                "indicator",
                {
                    "indicator": indicator,
                    "before": before,
                    "after": after,
                    "unit": unit,
                    "source": source,
                },
            )
            for indicator, before, after, unit, source in item["indicators"]
        ],
        "replication_conditions": paragraph(item["conditions"]),
        "resources_required": paragraph(item["resources"]),
        "contact_entity": Entity.objects.get(slug=item["entity"]),
        "contact_email": f"buenaspracticas@{entity_domain(item['entity'])}",
        "validation_status": item["status"],
    }


def published_on(item):
    return timezone.localdate() - datetime.timedelta(days=item["age"])


def reviewed_on(item):
    """When the item was last revised: its publication, unless a later revision is given."""
    return timezone.localdate() - datetime.timedelta(days=item.get("reviewed", item["age"]))


def create_item(section, page_class, item, type_fields):
    slug = slugify(item["title"])[:80]
    if section.get_children().filter(slug=slug).exists():
        return
    published = published_on(item)
    page = page_class(
        title=item["title"],
        slug=slug,
        summary=item["summary"],
        entity=Entity.objects.get(slug=item["entity"]),
        publication_date=published,
        last_reviewed=reviewed_on(item),
        **type_fields,
    )
    section.add_child(instance=page)
    set_taxonomy(page, item)
    url, title = item.get("link") or RELATED_LINKS[item["entity"]]
    page.related_resources.add(RelatedResource(url=url, title=title))
    page.save()
    page.save_revision().publish()


def entity_domain(entity_slug):
    """A contact address on the entity's real domain, not one made up from its slug."""
    return urlparse(RELATED_LINKS[entity_slug][0]).hostname.removeprefix("www.")


def set_taxonomy(page, item):
    page.capacity_levels.set(CapacityLevel.objects.filter(slug__in=item["levels"]))
    page.capacity_types.set(CapacityType.objects.filter(slug__in=item["types"]))
    page.sectors.set(Sector.objects.filter(slug__in=item["sectors"]))
    page.cycle_stages.set(CycleStage.objects.filter(slug__in=item["stages"]))
    page.departments.set(Department.objects.filter(code__in=item["departments"]))
    page.municipalities.set(Municipality.objects.filter(code__in=item.get("municipalities", [])))
    page.tags.set(item["tags"])


def demo_pdf_document():
    """One small real PDF, so a "download" link works out of the box. The library no longer
    uses it (each item's PDF is made by the site); the meeting demo still links it as its
    memoria (demo/meeting.py)."""
    Document = get_document_model()
    title = "Manual de asistencia técnica territorial (demostración)"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file.save("manual-att-demo.pdf", ContentFile(minimal_pdf(title)), save=False)
    document.save()
    return document


def minimal_pdf(text):
    """A one-page PDF showing `text` (Latin-1 only), with a correct cross-reference table."""
    safe = text.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 60 760 Td (" + safe + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)
