"""Each browser test starts from the seeded demo, whatever the test before it wrote (the demo is
seeded once per process and put back from a copy: tests/snapshot.py)."""

import pytest

from knowledge.factories import GuidePageFactory
from knowledge.models import GuidePage, LibraryIndexPage

SEEDED = "Gestión de la hacienda pública territorial"
WRITTEN = "Guía que escribió otra prueba"


@pytest.mark.parametrize("turn", ["first", "second"])
def test_a_test_finds_the_seeded_demo_and_nothing_another_test_wrote(demo_content, turn):
    assert GuidePage.objects.filter(title=SEEDED).exists()
    assert not GuidePage.objects.filter(title=WRITTEN).exists()
    GuidePageFactory(parent=LibraryIndexPage.objects.first(), title=WRITTEN)
