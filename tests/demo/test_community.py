"""The community demo: spaces, solved questions, a pinned thread, a flag (seeding it again adds
nothing: tests/demo/test_seed_demo.py)."""

import pytest

from community.models import Flag, SpacePage, Thread

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]


def test_the_demo_community_has_six_spaces_one_private_answered_pinned_and_reported(client):
    assert set(SpacePage.objects.values_list("slug", "visibility")) == {
        ("hacienda-territorial", "publico"),
        ("planeacion-y-pdt", "publico"),
        ("contratacion-publica", "publico"),
        ("mipg-y-control-interno", "publico"),
        ("victimas-y-enfoque-diferencial", "publico"),
        ("region-pacifico", "privado"),
    }
    assert Thread.objects.filter(solution__isnull=False, category="pregunta").exists()
    assert Thread.objects.filter(pinned=True).exists()
    assert Flag.objects.filter(status="abierta").exists()
    moderated = SpacePage.objects.filter(moderators__username="moderador")
    assert moderated.count() == SpacePage.objects.count() == 6
    assert "Región Pacífico" not in client.get("/comunidad/").content.decode()
    assert "Hacienda territorial" in client.get("/comunidad/").content.decode()


def test_demo_reads_like_a_year_into_operation():
    from datetime import timedelta

    from django.utils import timezone

    from notifications.models import Notification

    oldest = Thread.objects.order_by("created").first().created
    newest = Thread.objects.order_by("-created").first().created
    assert oldest < timezone.now() - timedelta(days=300)
    assert newest > timezone.now() - timedelta(days=7)
    flagged = Notification.objects.get(recipient__username="moderador", kind="por_moderar")
    assert flagged.url.endswith("/moderacion/") and flagged.read_at is None
    # The report carries one date: in the moderator's notice as in the admin's Denuncias.
    report = Flag.objects.get(post__thread=flagged.thread)
    assert report.created == flagged.created
    assert report.created > report.post.created
    assert report.created > timezone.now() - timedelta(days=7)  # not left open for months
