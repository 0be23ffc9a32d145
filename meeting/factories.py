"""Test factories for the meeting: an archive page, an edition with categories and a rubric.

edition = create_edition(year=2026, call="open")   # categories per capacity type, 2 criteria
NominationFactory(edition=edition, practice=practice)
move_to(edition, Phase.REVIEW)                      # set up a phase without walking the guards
"""

import datetime

import factory

from django.utils import timezone

from wagtail.models import Site

from knowledge.factories import PublishedPageFactory
from reference.models import CapacityType

from .models import (
    Criterion,
    EditionCategory,
    EditionJuror,
    EditionPage,
    JuryAssignment,
    MeetingIndexPage,
    Nomination,
)
from .models.pages import Phase

DAY = datetime.timedelta(days=1)


class MeetingIndexPageFactory(PublishedPageFactory):
    title = "Encuentro anual de buenas prácticas"
    slug = "encuentro"
    summary = "Las mejores prácticas de asistencia técnica territorial, cada año."

    class Meta:
        model = MeetingIndexPage


class EditionPageFactory(PublishedPageFactory):
    title = factory.LazyAttribute(lambda page: f"Encuentro de buenas prácticas {page.year}")
    slug = factory.LazyAttribute(lambda page: str(page.year))
    year = factory.Sequence(lambda n: 2030 + n)
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + 60 * DAY)
    ends_on = factory.LazyAttribute(lambda page: page.starts_on + DAY)
    place = "Bogotá"
    description = "<p>Un encuentro para compartir lo que funciona.</p>"
    call_opens_at = factory.LazyFunction(lambda: timezone.now() - 10 * DAY)
    call_closes_at = factory.LazyFunction(lambda: timezone.now() + 10 * DAY)

    class Meta:
        model = EditionPage


def meeting_index():
    root = Site.objects.get(is_default_site=True).root_page
    existing = MeetingIndexPage.objects.first()
    return existing or MeetingIndexPageFactory(parent=root)


def move_to(edition, phase):
    """Put the edition in `phase` directly: test setup, where the guards are not the subject."""
    type(edition).objects.filter(pk=edition.pk).update(phase=phase)
    edition.phase = phase
    return edition


def create_edition(call="open", criteria=(("Impacto", 3), ("Evidencia", 1)), jurors=(), **kwargs):
    """A published edition with one category per capacity type and a weighted rubric.

    `call` is "open", "closed" or "upcoming"; jurors are users added to the edition's jury;
    `phase` (default: the call) is set after the rubric, which a later phase would freeze.
    """
    phase = kwargs.pop("phase", Phase.CALL)
    now = timezone.now()
    windows = {
        "open": (now - 10 * DAY, now + 10 * DAY),
        "closed": (now - 30 * DAY, now - 2 * DAY),
        "upcoming": (now + DAY, now + 30 * DAY),
    }
    kwargs.setdefault("call_opens_at", windows[call][0])
    kwargs.setdefault("call_closes_at", windows[call][1])
    edition = EditionPageFactory(parent=meeting_index(), **kwargs)
    for order, capacity_type in enumerate(CapacityType.objects.order_by("pk")):
        EditionCategory.objects.create(
            edition=edition, name=capacity_type.name, capacity_type=capacity_type, sort_order=order
        )
    for order, (name, weight) in enumerate(criteria):
        Criterion.objects.create(edition=edition, name=name, weight=weight, sort_order=order)
    for user in jurors:
        EditionJuror.objects.create(edition=edition, user=user)
    return move_to(edition, phase)


class NominationFactory(factory.django.DjangoModelFactory):
    category = factory.LazyAttribute(lambda nomination: nomination.edition.categories.first())

    class Meta:
        model = Nomination


def assign(nomination, juror):
    """Add the juror to the edition's jury if needed and assign the nomination (rules apply).

    Only nominations that passed screening reach the jury, so a pending one is marked eligible.
    """
    EditionJuror.objects.get_or_create(edition=nomination.edition, user=juror)
    if nomination.eligibility == Nomination.Eligibility.PENDING:
        nomination.eligibility = Nomination.Eligibility.ELIGIBLE
        nomination.save(update_fields=["eligibility"])
    assignment = JuryAssignment(nomination=nomination, juror=juror)
    assignment.full_clean()
    assignment.save()
    return assignment
