"""The library demo reads like a real platform: right entities, territories, links and steps."""

import pytest

from django.utils import timezone

from demo.knowledge_data import RELATED_LINKS
from knowledge.models import GuidePage, KnowledgePage
from meeting.models import Nomination

pytestmark = pytest.mark.django_db

SGR_GUIDE = "Proyectos de inversión con recursos del Sistema General de Regalías"


def test_the_national_sgr_guide_is_not_tagged_with_one_department(seeded_demo):
    guide = GuidePage.objects.get(title=SGR_GUIDE)
    assert guide.entity.slug == "dnp"
    assert not guide.departments.exists()
    assert [r.url for r in guide.related_resources.all()] == ["https://www.sgr.gov.co/"]


def test_every_item_links_to_its_own_publisher_not_another_entity(seeded_demo):
    for page in KnowledgePage.objects.exclude(title=SGR_GUIDE).select_related("entity"):
        urls = [r.url for r in page.related_resources.all()]
        assert urls == [RELATED_LINKS[page.entity.slug][0]], (page.title, page.entity.slug)


def test_guide_steps_name_a_concrete_product(seeded_demo):
    for guide in GuidePage.objects.all():
        for step in guide.steps:
            output = step.value["expected_output"]
            assert "documento aprobado" not in output
            assert output != step.value["title"]


def test_nominated_practices_were_published_before_their_call_closed(seeded_demo):
    nominations = Nomination.objects.select_related("edition", "practice")
    assert nominations.filter(edition__year=2025).exists()
    for nomination in nominations:
        closed = timezone.localdate(nomination.edition.call_closes_at)
        assert nomination.practice.publication_date <= closed, nomination.practice.title


def test_the_members_notices_are_dated_when_their_events_happened(seeded_demo):
    from notifications.models import Notification

    notices = Notification.objects.filter(recipient__username="miembro")
    winners_2025 = notices.filter(text__contains="ganadora del Encuentro de buenas prácticas 2025")
    assert winners_2025.exists()
    assert {n.created.year for n in winners_2025} == {2025}
    screened_2026 = notices.filter(
        text__contains="requisitos del Encuentro de buenas prácticas 2026"
    )
    assert screened_2026.exists()
    assert all(n.created < timezone.now() - timezone.timedelta(days=30) for n in screened_2026)
