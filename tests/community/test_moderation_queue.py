"""The moderation queue (issue 28 item 1): each waiting post with its text and its author's
history, grouped by thread; approve, or reject with a reason the author receives; only the
space's moderators may see it or act."""

import pytest

from django.urls import reverse

from accounts import roles
from accounts.factories import UserFactory
from community.factories import MembershipFactory, PostFactory, SpacePageFactory, ThreadFactory
from community.models import ModerationLog, Post
from notifications.models import Notification

from .conftest import login


@pytest.fixture
def newcomer(public_space):
    user = UserFactory(username="recien_llegada")
    MembershipFactory(space=public_space, user=user)
    return user


@pytest.fixture
def waiting(public_thread, newcomer):
    """Two posts of the newcomer waiting in one thread, one in another; one earlier hidden."""
    other = ThreadFactory(space=public_thread.space, author=newcomer, title="Segundo hilo")
    first = PostFactory(
        thread=public_thread,
        author=newcomer,
        source="Propongo **revisar** el avalúo <script>alert(1)</script> por veredas.",
        approved=False,
    )
    second = PostFactory(thread=public_thread, author=newcomer, source="Otra idea", approved=False)
    third = PostFactory(thread=other, author=newcomer, source="En el otro hilo", approved=False)
    PostFactory(thread=other, author=newcomer, source="Vieja", hidden=True)
    return first, second, third


def queue_url(space):
    return reverse("community:moderation", args=[space.pk])


def test_the_queue_shows_each_post_sanitised_with_its_authors_history_by_thread(
    client, moderator, public_space, public_thread, waiting
):
    first, second, third = waiting
    body = login(client, moderator).get(queue_url(public_space)).content.decode()
    assert "<details" in body and "<strong>revisar</strong>" in body
    assert "<script>alert(1)</script>" not in body
    # Grouped: the thread's title heads its two posts, then the other thread's.
    section = body.split("Publicaciones en espera de aprobación")[1].split("Denuncias abiertas")[0]
    assert section.index("Propongo") < section.index("Otra idea") < section.index("En el otro")
    assert section.count("<h3") == 2
    # History: member since, posts approved (the thread's opening one) and hidden.
    assert "miembro desde el" in section
    assert "1 publicación aprobada" in section and "1 ocultada" in section
    for post in waiting:
        assert reverse("community:reject_post", args=[post.pk]) in section
        assert reverse("community:approve_post", args=[post.pk]) in section
    assert section.count("csrfmiddlewaretoken") == 6


def test_rejecting_hides_the_post_logs_it_and_tells_the_author_why(
    client, moderator, public_space, newcomer, waiting
):
    first = waiting[0]
    response = login(client, moderator).post(
        reverse("community:reject_post", args=[first.pk]), {"reason": "Repite otro hilo"}
    )
    assert response.status_code == 302 and response["Location"] == queue_url(public_space)
    first.refresh_from_db()
    assert first.hidden and not first.approved and first.hidden_reason == "Repite otro hilo"
    assert ModerationLog.objects.filter(post=first, action="ocultar").exists()
    notice = Notification.objects.get(recipient=newcomer, kind="moderacion")
    assert "no fue aprobada" in notice.text and "Repite otro hilo" in notice.text
    # Decided: it leaves the queue, and readers never see it.
    assert f"pendiente-{first.pk}" not in client.get(queue_url(public_space)).content.decode()


def test_a_rejection_needs_a_reason(client, moderator, waiting):
    first = waiting[0]
    login(client, moderator).post(reverse("community:reject_post", args=[first.pk]), {})
    first.refresh_from_db()
    assert not first.hidden
    assert not Notification.objects.filter(kind="moderacion").exists()


def test_approving_from_the_queue_tells_the_author(client, moderator, newcomer, waiting):
    first = waiting[0]
    login(client, moderator).post(reverse("community:approve_post", args=[first.pk]))
    first.refresh_from_db()
    assert first.approved
    notice = Notification.objects.get(recipient=newcomer, kind="moderacion")
    assert "fue aprobada" in notice.text


@pytest.mark.parametrize("who", ["plain_member", "other_moderator"])
def test_only_the_spaces_moderators_see_the_queue_or_act(
    client, community, member, public_space, waiting, who
):
    if who == "plain_member":
        user = member
    else:
        user = UserFactory(username="moderador_ajeno", roles=[roles.MODERATORS])
        SpacePageFactory(parent=community, title="Otro espacio", moderators=[user])
    login(client, user)
    first = waiting[0]
    assert client.get(queue_url(public_space)).status_code == 403
    approve = client.post(reverse("community:approve_post", args=[first.pk]))
    reject = client.post(reverse("community:reject_post", args=[first.pk]), {"reason": "No"})
    assert approve.status_code in (403, 404) and reject.status_code in (403, 404)
    first.refresh_from_db()
    assert not first.approved and not first.hidden
    assert not ModerationLog.objects.exists()


def test_the_reject_action_refuses_get_and_checks_csrf(moderator, waiting):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    url = reverse("community:reject_post", args=[waiting[0].pk])
    assert client.get(url).status_code == 405
    assert client.post(url, {"reason": "Sin token"}).status_code == 403
    assert not Post.objects.filter(hidden=True, approved=False).exists()
