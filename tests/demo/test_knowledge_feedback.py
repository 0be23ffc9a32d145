"""The demo shows feedback: counts on items, entities applying practices, and the demo member's
six-month follow-up waiting in Mis avisos (a second run adds nothing: test_seed_demo.py)."""

import pytest

from knowledge.adoption import FOLLOW_UP
from knowledge.models import Adoption, KnowledgePage, UsefulnessAnswer
from notifications.models import Notification
from tests.knowledge.conftest import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]

GUIDE = "Guía para formular el plan de desarrollo territorial (PDT)"


def test_the_demo_shows_usefulness_adoptions_and_a_follow_up(client):
    assert UsefulnessAnswer.objects.count() > 50 and Adoption.objects.count() > 10

    guide = KnowledgePage.objects.get(title=GUIDE)
    soup = html_of(client, guide.url)
    assert "Respondieron que sí: 23. Respondieron que no: 4." in soup.get_text()
    adoption = soup.find(id="la-estamos-aplicando").get_text(" ", strip=True)
    assert "4 entidades cuentan que la están aplicando" in adoption
    assert "Funcionó: 2" in adoption

    follow_up = Notification.objects.get(recipient__username="miembro", kind=FOLLOW_UP)
    assert follow_up.url.endswith("/seguimiento/")
