"""Moderators pin, lock, hide and move threads and hide posts, all logged; members flag; limits."""

import pytest

from django.urls import reverse

from accounts.factories import UserFactory
from community.factories import SpacePageFactory
from community.models import Flag, ModerationLog, Post, Thread

from .conftest import login


@pytest.mark.parametrize(
    ("action", "field", "value"),
    [("fijar", "pinned", True), ("cerrar", "locked", True), ("ocultar-hilo", "hidden", True)],
)
def test_moderator_acts_on_a_thread_and_it_is_logged(
    client, moderator, public_thread, action, field, value
):
    login(client, moderator)
    url = reverse("community:moderate_thread", args=[public_thread.pk])
    client.post(url, {"action": action, "reason": "Por orden del espacio"})
    public_thread.refresh_from_db()
    assert getattr(public_thread, field) is value
    entry = ModerationLog.objects.get(thread=public_thread)
    assert entry.moderator == moderator and entry.action == action


def test_hidden_thread_disappears_for_members(client, moderator, other_member, public_thread):
    login(client, moderator)
    client.post(
        reverse("community:moderate_thread", args=[public_thread.pk]),
        {"action": "ocultar-hilo", "reason": "Fuera de tema"},
    )
    login(client, other_member)
    assert client.get(public_thread.get_absolute_url()).status_code == 404
    assert public_thread.title not in client.get(public_thread.space.url).content.decode()


def test_moderator_moves_a_thread_to_another_space(client, moderator, public_thread, community):
    target = SpacePageFactory(parent=community, title="Planeación y PDT", moderators=[moderator])
    login(client, moderator)
    client.post(
        reverse("community:moderate_thread", args=[public_thread.pk]),
        {"action": "mover", "target_space": target.pk, "reason": "Mejor allá"},
    )
    public_thread.refresh_from_db()
    assert public_thread.space_id == target.pk
    assert ModerationLog.objects.filter(space=target, action="mover").exists()


def test_members_cannot_moderate(client, member, public_thread):
    login(client, member)
    url = reverse("community:moderate_thread", args=[public_thread.pk])
    assert client.post(url, {"action": "fijar"}).status_code == 403
    post = public_thread.posts.get()
    assert (
        client.post(reverse("community:hide_post", args=[post.pk]), {"reason": "x"}).status_code
        == 403
    )
    assert (
        client.get(reverse("community:moderation", args=[public_thread.space_id])).status_code
        == 403
    )
    assert not Thread.objects.filter(pinned=True).exists()


def test_flagged_post_is_hidden_with_a_reason_and_the_log_shows_it(
    client, member, other_member, moderator, public_thread
):
    post = public_thread.posts.get()
    login(client, other_member)
    client.post(reverse("community:flag_post", args=[post.pk]), {"reason": "Publicidad"})
    flag = Flag.objects.get(post=post)
    assert flag.status == "abierta"

    login(client, moderator)
    queue = client.get(reverse("community:moderation", args=[public_thread.space_id]))
    assert "Publicidad" in queue.content.decode()
    client.post(reverse("community:hide_post", args=[post.pk]), {"reason": "Es publicidad"})
    post.refresh_from_db()
    flag.refresh_from_db()
    assert post.hidden and flag.status == "atendida"
    log_page = client.get(reverse("community:moderation", args=[public_thread.space_id]))
    assert "Es publicidad" in log_page.content.decode()

    login(client, other_member)
    assert "Mensaje inicial." not in client.get(public_thread.get_absolute_url()).content.decode()
    login(client, member)
    page = client.get(public_thread.get_absolute_url()).content.decode()
    assert "Un moderador ocultó esta publicación: Es publicidad" in page
    assert member.community_notifications.filter(kind="moderacion").exists()


def test_flags_reach_the_admin_queue_for_moderators(client, other_member, moderator, public_thread):
    Flag.objects.create(post=public_thread.posts.get(), reporter=other_member, reason="Insulto")
    login(client, moderator)
    response = client.get("/admin/comunidad/denuncias/")
    assert response.status_code == 200
    assert "Insulto" in response.content.decode()


def test_members_cannot_open_the_admin_flag_queue(client, member):
    login(client, member)
    response = client.get("/admin/comunidad/denuncias/")  # the admin is not for members
    log_in_first = f"{reverse('account_login')}?next=/admin/comunidad/denuncias/"
    assert (response.status_code, response.url) == (302, log_in_first)


def test_posting_is_rate_limited_per_user(client, settings, member, public_thread):
    settings.COMMUNITY_POST_RATE = "2/m"
    login(client, member)
    for n in range(2):
        assert (
            client.post(public_thread.get_absolute_url(), {"source": f"Mensaje {n}"}).status_code
            == 302
        )
    response = client.post(public_thread.get_absolute_url(), {"source": "Uno de más"})
    assert response.status_code == 429
    assert "Uno de más" in response.content.decode()  # the text is still there
    assert not Post.objects.filter(source="Uno de más").exists()


def test_flagging_is_rate_limited_per_user(client, settings, other_member, public_thread):
    settings.COMMUNITY_FLAG_RATE = "1/m"
    post = public_thread.posts.get()
    login(client, other_member)
    client.post(reverse("community:flag_post", args=[post.pk]), {"reason": "Uno"})
    response = client.post(reverse("community:flag_post", args=[post.pk]), {"reason": "Dos"})
    assert response.status_code == 429
    assert Flag.objects.count() == 1


def test_new_accounts_wait_for_approval(client, settings, moderator, public_space, public_thread):
    settings.COMMUNITY_NEW_ACCOUNT_DAYS = 7
    newcomer = UserFactory(username="recien_llegada")
    from community.factories import MembershipFactory

    MembershipFactory(space=public_space, user=newcomer)
    login(client, newcomer)
    client.post(public_thread.get_absolute_url(), {"source": "Mi primera respuesta"})
    post = Post.objects.get(source="Mi primera respuesta")
    assert not post.approved
    assert "Mi primera respuesta" in client.get(public_thread.get_absolute_url()).content.decode()

    client.logout()
    assert (
        "Mi primera respuesta" not in client.get(public_thread.get_absolute_url()).content.decode()
    )

    login(client, moderator)
    client.post(reverse("community:approve_post", args=[post.pk]))
    client.logout()
    assert "Mi primera respuesta" in client.get(public_thread.get_absolute_url()).content.decode()
