"""Test and scale-data factories for the library: an index and its guides, lessons and practices.

Every page is created live with a published revision, like one an editor published; pass
`live=False` for a draft that was saved but never published. Taxonomy goes in by stable slug
(DANE code for territory) and is checked, so a typo fails loudly instead of tagging nothing:

    library = create_library()
    GuidePageFactory(parent=library, capacity_types=["institucional"], sectors=["salud"],
                     departments=["52"], tags=["catastro"], entity="dnp")
"""

import factory
import wagtail_factories

from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Site

from reference.models import (
    CapacityLevel,
    CapacityType,
    CycleStage,
    Department,
    Entity,
    Municipality,
    Sector,
)

from .models import (
    Adoption,
    GuidePage,
    LessonPage,
    LibraryIndexPage,
    PracticePage,
    UsefulnessAnswer,
)

LOCALE = "es_CO"


class RichTextFaker(factory.Faker):
    """A Faker value as one rich-text paragraph (`<p>…</p>`), generated when the page is built."""

    def evaluate(self, instance, step, extra):
        return f"<p>{escape(super().evaluate(instance, step, extra))}</p>"


def _terms(model, key, values):
    """The terms whose `key` is in `values`, in the given order; unknown values are an error."""
    found = {getattr(term, key): term for term in model.objects.filter(**{f"{key}__in": values})}
    missing = [value for value in values if value not in found]
    if missing:
        raise model.DoesNotExist(f"{model.__name__} with {key} {missing!r} does not exist")
    return [found[value] for value in values]


def _taxonomy_hook(field, model, key="slug"):
    """A post-generation hook: `Factory(<field>=[slug, …])` sets that many-to-many by slug."""

    def hook(page, create, extracted, **kwargs):
        if extracted:
            getattr(page, field).set(_terms(model, key, list(extracted)))

    hook.__name__ = field
    return factory.PostGeneration(hook)


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page under `parent`, saved as a revision and published unless `live=False`."""

    title = factory.Faker("sentence", nb_words=5, locale=LOCALE)
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)[:50]}-{n}")
    live = True

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if not create:
            return
        # Many-to-many values set by the hooks are held in memory until the page is saved; the
        # revision is taken afterwards so that publishing it keeps them.
        instance.save()
        revision = instance.save_revision()
        if instance.live:
            revision.publish()
            instance.refresh_from_db()


class LibraryIndexPageFactory(PublishedPageFactory):
    title = "Biblioteca"
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = factory.Faker("sentence", nb_words=12, locale=LOCALE)

    class Meta:
        model = LibraryIndexPage


class KnowledgePageFactory(PublishedPageFactory):
    """Shared fields of guides, lessons and practices; `entity` takes an Entity or its slug."""

    summary = factory.Faker("sentence", nb_words=16, locale=LOCALE)
    publication_date = factory.Faker(
        "date_between", start_date="-3y", end_date="today", locale=LOCALE
    )
    entity = None

    class Meta:
        abstract = True

    capacity_levels = _taxonomy_hook("capacity_levels", CapacityLevel)
    capacity_types = _taxonomy_hook("capacity_types", CapacityType)
    sectors = _taxonomy_hook("sectors", Sector)
    cycle_stages = _taxonomy_hook("cycle_stages", CycleStage)
    departments = _taxonomy_hook("departments", Department, key="code")
    municipalities = _taxonomy_hook("municipalities", Municipality, key="code")

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        """`tags=["catastro", "agua potable"]`: free tags by name."""
        if extracted:
            self.tags.add(*extracted)

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("entity"), str):
            kwargs["entity"] = Entity.objects.get(slug=kwargs["entity"])
        return kwargs


class GuidePageFactory(KnowledgePageFactory):
    purpose = RichTextFaker("paragraph", nb_sentences=2, locale=LOCALE)
    audience = factory.Faker("job", locale=LOCALE)

    class Meta:
        model = GuidePage


class LessonPageFactory(KnowledgePageFactory):
    programme = factory.Faker("catch_phrase", locale=LOCALE)
    context = RichTextFaker("paragraph", locale=LOCALE)
    what_was_done = RichTextFaker("paragraph", locale=LOCALE)
    what_worked = RichTextFaker("paragraph", locale=LOCALE)
    what_did_not = RichTextFaker("paragraph", locale=LOCALE)
    recommendation = RichTextFaker("paragraph", locale=LOCALE)

    class Meta:
        model = LessonPage


class PracticePageFactory(KnowledgePageFactory):
    problem = RichTextFaker("paragraph", locale=LOCALE)
    solution = RichTextFaker("paragraph", locale=LOCALE)
    replication_conditions = RichTextFaker("paragraph", locale=LOCALE)

    class Meta:
        model = PracticePage


class UsefulnessAnswerFactory(factory.django.DjangoModelFactory):
    """A "¿Le sirvió?" answer; anonymous (no user) unless `user=` is given."""

    useful = True
    comment = factory.Faker("sentence", nb_words=10, locale=LOCALE)

    class Meta:
        model = UsefulnessAnswer


class AdoptionFactory(factory.django.DjangoModelFactory):
    """An entity applying `page`, in `municipality` (a Municipality) or `department` (an instance
    or its DANE code; Nariño by default). `created=timezone.now() - FOLLOW_UP_AFTER` makes one
    due for its six-month follow-up."""

    entity_name = factory.Faker("company", locale=LOCALE)
    municipality = None
    department = None

    class Meta:
        model = Adoption

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        department, municipality = kwargs["department"], kwargs["municipality"]
        if isinstance(department, str):
            department = Department.objects.get(code=department)
        if department is None:
            department = municipality.department if municipality else _narino()
        kwargs["department"] = department
        return kwargs


def _narino():
    return Department.objects.get(code="52")


def guide_steps(*titles):
    """StreamField data for `GuidePageFactory(steps=guide_steps("Diagnóstico", "Plan"))`."""
    return [
        (
            "step",
            {
                "title": title,
                "description": f"<p>{escape(title)}: qué hacer.</p>",
                "expected_output": f"Producto de «{title}»",
            },
        )
        for title in titles
    ]


def create_library(title="Biblioteca", sections=(), **kwargs):
    """A published library index under the default site's root page, with optional child indexes.

    `create_library(sections=["Guías metodológicas"])` returns the top index; its sections are its
    live children, reachable with `library.get_children()`.
    """
    root = Site.objects.get(is_default_site=True).root_page
    library = LibraryIndexPageFactory(parent=root, title=title, **kwargs)
    for section_title in sections:
        LibraryIndexPageFactory(parent=library, title=section_title)
    return library
