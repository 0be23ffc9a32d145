"""The demo shows feedback: counts on items, entities applying practices, and the demo member's
six-month follow-up waiting in Mis avisos; a second run adds nothing."""

import io

import pytest

from django.core.management import call_command

from knowledge.adoption import FOLLOW_UP
from knowledge.models import Adoption, KnowledgePage, UsefulnessAnswer
from notifications.models import Notification
from tests.knowledge.conftest import html_of

pytestmark = pytest.mark.django_db

GUIDE = "Guía para formular el plan de desarrollo territorial (PDT)"


def test_seed_demo_shows_usefulness_adoptions_and_a_follow_up_once(settings, client):
    settings.DEMO_MODE = True
    call_command("seed_demo", stdout=io.StringIO())
    counts = (UsefulnessAnswer.objects.count(), Adoption.objects.count())
    call_command("seed_demo", stdout=io.StringIO())
    assert (UsefulnessAnswer.objects.count(), Adoption.objects.count()) == counts
    assert counts[0] > 50 and counts[1] > 10

    guide = KnowledgePage.objects.get(title=GUIDE)
    soup = html_of(client, guide.url)
    assert "Respondieron que sí: 23. Respondieron que no: 4." in soup.get_text()
    adoption = soup.find(id="la-estamos-aplicando").get_text(" ", strip=True)
    assert "4 entidades cuentan que la están aplicando" in adoption
    assert "Funcionó: 2" in adoption

    follow_up = Notification.objects.get(recipient__username="miembro", kind=FOLLOW_UP)
    assert follow_up.url.endswith("/seguimiento/")
