"""Library items at scale, for benchmarks: tens of thousands of published pages in a minute.

Creating pages one by one through Wagtail (tree insert, revision, signals) costs tens of
milliseconds each, so 50,000 would take most of an hour. Here the rows are written in bulk, as
Wagtail stores a published page (tree path, URL path, locale, content type, one row per table of
the page type), with no revision history and no signals: rebuild the search index afterwards.
"""

import datetime
import uuid

from taggit.models import Tag

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils.text import slugify

from wagtail.models import Page

from knowledge.models import GuidePage, KnowledgePage, KnowledgePageTag, LessonPage, PracticePage
from reference.models import (
    CapacityLevel,
    CapacityType,
    CycleStage,
    Department,
    Entity,
    Sector,
)

KINDS = [("guia", GuidePage), ("leccion", LessonPage), ("practica", PracticePage)]
TAGS = [
    "catastro",
    "regalías",
    "presupuesto",
    "MIPG",
    "PDT",
    "víctimas",
    "rural",
    "agua",
    "salud",
    "educación",
    "participación",
    "riesgo",
    "datos abiertos",
    "asociatividad",
    "empalme",
]
AUDIENCES = [
    "Secretarías de planeación",
    "Secretarías de hacienda",
    "Alcaldes y gobernadores",
    "Oficinas de control interno",
    "Concejos municipales",
    "Equipos de proyectos",
]
BATCH = 1000


def _paragraphs(text, low, high):
    return "".join(f"<p>{p}</p>" for p in text.paragraphs(low, high))


def _stream(blocks):
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]


def _fill_guide(page, text):
    page.purpose = f"<p>{text.sentence_run(1, 2)}</p>"
    page.audience = text.rng.choice(AUDIENCES)
    page.steps = _stream(
        ("step", {"title": f"Paso {n}", "description": f"<p>{text.sentence_run(1, 1)}</p>",
                  "expected_output": text.sentence_run(1, 1)[:200]})
        for n in range(1, text.rng.randint(3, 5) + 1)
    )  # fmt: skip


def _fill_lesson(page, text):
    page.programme = text.rng.choice(["PDET", "Mejor Gestión", "Sinergia Territorial", "Kit PDT"])
    page.period_start = text.rng.randint(2012, 2022)
    page.period_end = page.period_start + text.rng.randint(1, 3)
    for name in ("context", "what_was_done", "what_worked", "what_did_not", "recommendation"):
        setattr(page, name, f"<p>{text.sentence_run(1, 2)}</p>")


def _fill_practice(page, text):
    for name in ("problem", "solution", "replication_conditions"):
        setattr(page, name, f"<p>{text.sentence_run(1, 2)}</p>")


FILL = {GuidePage: _fill_guide, LessonPage: _fill_lesson, PracticePage: _fill_practice}


def _insert_rows(model, pages):
    """One multi-row INSERT of the columns `model`'s own table holds (multi-table inheritance)."""
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608, E501 - names come from the model
    rows = [
        [f.get_db_prep_save(f.pre_save(page, True), connection) for f in fields] for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


class Vocabulary:
    """Every controlled term once, so each page picks from memory."""

    def __init__(self):
        self.levels = list(CapacityLevel.objects.values_list("pk", flat=True))
        self.types = list(CapacityType.objects.values_list("pk", flat=True))
        self.sectors = list(Sector.objects.values_list("pk", flat=True))
        self.stages = list(CycleStage.objects.values_list("pk", flat=True))
        self.departments = list(Department.objects.values_list("pk", flat=True))
        self.entities = list(Entity.objects.values_list("pk", flat=True))
        self.tags = [_tag(name).pk for name in TAGS]


def _tag(name):
    """The tag with this name or slug, created if neither exists."""
    found = Tag.objects.filter(Q(name__iexact=name) | Q(slug=slugify(name))).first()
    return found or Tag.objects.create(name=name, slug=slugify(name))


def _relations(page_pks, text, vocabulary):
    """Many-to-many rows (taxonomy, territory, tags) for the new pages, picked at random."""
    pick = text.pick
    choices = {
        "capacity_levels": lambda: pick(vocabulary.levels, 1, 2),
        "capacity_types": lambda: pick(vocabulary.types, 1, 2),
        "sectors": lambda: pick(vocabulary.sectors, 1, 2),
        "cycle_stages": lambda: pick(vocabulary.stages, 1, 2),
        "departments": lambda: pick(vocabulary.departments, 0, 2),
    }
    for name, choose in choices.items():
        field = KnowledgePage._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            through(**{source: pk, target: term}) for pk in page_pks for term in choose()
        )
    KnowledgePageTag.objects.bulk_create(
        KnowledgePageTag(content_object_id=pk, tag_id=tag)
        for pk in page_pks
        for tag in pick(vocabulary.tags, 0, 3)
    )


def _new_page(kind_and_model, library, step, text, vocabulary, today):
    kind, model = kind_and_model
    title = text.title(kind)
    slug = f"{slugify(title)[:60]}-{step}"
    published = today - datetime.timedelta(days=text.rng.randint(0, 7 * 365))
    when = datetime.datetime.combine(published, datetime.time(12), tzinfo=datetime.UTC)
    page = model(
        title=title,
        draft_title=title,
        slug=slug,
        path=Page._get_path(library.path, library.depth + 1, step),
        depth=library.depth + 1,
        numchild=0,
        url_path=f"{library.url_path}{slug}/",
        locale_id=library.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        has_unpublished_changes=False,
        first_published_at=when,
        last_published_at=when,
        summary=text.sentence_run(1, 2),
        body=_stream(("paragraph", f"<p>{p}</p>") for p in text.paragraphs(2, 4)),
        entity_id=text.rng.choice(vocabulary.entities) if vocabulary.entities else None,
        publication_date=published,
    )
    FILL[model](page, text)
    return page


@transaction.atomic
def create_library_items(library, count, text, progress=None):
    """`count` published guides, lessons and practices under `library`, in equal shares."""
    vocabulary = Vocabulary()
    last = library.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    today = datetime.date.today()
    for start in range(0, count, BATCH):
        steps = range(first_step + start, first_step + min(count, start + BATCH))
        pages = [
            _new_page(KINDS[step % 3], library, step, text, vocabulary, today) for step in steps
        ]
        created = Page.objects.bulk_create(
            Page(**{f.attname: getattr(p, f.attname) for f in Page._meta.concrete_fields})
            for p in pages
        )
        for page, base in zip(pages, created, strict=True):
            page.id = page.page_ptr_id = page.knowledgepage_ptr_id = base.pk
        for model in (KnowledgePage, GuidePage, LessonPage, PracticePage):
            _insert_rows(model, [p for p in pages if isinstance(p, model)])
        _relations([p.pk for p in pages], text, vocabulary)
        if progress:
            progress(start + len(pages))
    Page.objects.filter(pk=library.pk).update(numchild=F("numchild") + count)
