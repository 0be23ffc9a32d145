"""The demo shows the feature: `planadas` opens the practice and finds contactable colleagues
first, and the practice carries a published question and answer."""

import pytest

from accounts.models import Profile
from peers.models import Question

from .conftest import peers_section

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]


def test_the_demo_has_contactable_colleagues_and_a_published_answer(client):
    question = Question.objects.published().get()
    contacts = question.recipient
    client.force_login(Profile.objects.get(user__username="planadas").user)
    section = peers_section(client, question.page.specific)
    text = section.get_text(" ", strip=True)
    assert "Preguntas respondidas por colegas" in text
    first = section.select("ul.peer-list > li")[0]
    assert first.find("a", string="Escribirle") is not None
    assert "Municipio como el suyo" in first.get_text()  # Planadas's comparable peers come first
    assert contacts.profile.entity_name in text
    assert Question.objects.count() == 1
