"""The demo gives the demo member a certificate and a meeting recognition, and shows a revoked
one, so every state of /verificar/ can be tried; seeding again adds none."""

import pytest

from django.urls import reverse

from credentials.models import Certificate
from demo import credentials as demo_credentials
from tests.site.test_page_weight import BUDGET, StaticAssets, compressed_size

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]


class Log:
    def step(self, message):
        pass


def test_the_demo_member_holds_a_course_certificate_and_a_recognition(client):
    client.login(username="miembro", password="RedATT-demo-2026")
    page = client.get(reverse("my_certificates:list")).content.decode()
    mine = Certificate.objects.filter(user__username="miembro")
    course = mine.get(kind=Certificate.Kind.COURSE)
    recognition = mine.get(kind=Certificate.Kind.RECOGNITION)
    assert course.display_code in page and recognition.display_code in page


def test_the_demo_shows_a_revoked_certificate(client):
    revoked = Certificate.objects.get(revoked_at__isnull=False)
    page = client.get(reverse("credentials:verify", args=[revoked.display_code]))
    assert "Certificado revocado" in page.content.decode()


def test_seeding_the_certificates_again_adds_none():
    before = Certificate.objects.count()
    demo_credentials.seed(Log())
    assert Certificate.objects.count() == before


def test_the_certificate_pages_stay_light_and_carry_no_inline_code(client):
    revoked = Certificate.objects.get(revoked_at__isnull=False)
    pages = [reverse("credentials:verify_form"),
             reverse("credentials:verify", args=[revoked.display_code])]  # fmt: skip
    client.login(username="miembro", password="RedATT-demo-2026")
    pages.append(reverse("my_certificates:list"))
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assets = StaticAssets()
        assets.feed(html)
        assert len(response.content) + sum(map(compressed_size, assets.paths)) < BUDGET, path
        assert " style=" not in html and "<script>" not in html, path
