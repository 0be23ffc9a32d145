"""The header's "Avisos" badge: the unread count on every page, for members only."""

from django.urls import reverse

from notifications.models import Notification

from .conftest import login


def notify(user, count):
    for n in range(count):
        Notification.objects.create(recipient=user, kind="respuesta", text=f"Aviso {n}")


def test_member_sees_the_unread_count_on_any_page(client, member):
    notify(member, 3)
    login(client, member)
    body = client.get(reverse("search:search")).content.decode()  # outside Comunidad
    assert f'href="{reverse("community:notifications")}"' in body
    assert "3 avisos sin leer" in body


def test_one_unread_notice_reads_in_the_singular(client, member):
    notify(member, 1)
    login(client, member)
    assert "1 aviso sin leer" in client.get("/").content.decode()


def test_reading_the_notices_clears_the_count(client, member):
    notify(member, 2)
    login(client, member)
    client.get(reverse("community:notifications"))
    body = client.get("/").content.decode()
    assert "Avisos" in body and "sin leer" not in body


def test_anonymous_visitors_see_no_badge(client, member):
    notify(member, 2)
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert f'href="{reverse("accounts:login")}?next=/"' in body  # the header's account links
    assert reverse("community:notifications") not in body and "sin leer" not in body


def test_the_count_costs_one_query(rf, member):
    from community.context_processors import notice_badge

    notify(member, 4)
    request = rf.get("/")
    request.user = member
    badge = notice_badge(request)["notice_badge"]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert badge.count == 4 and badge.count == 4
    assert len(queries) == 1
