"""Moderators are told what waits for them: pending posts, flags and requests to join.

Only the space's moderators hear of it, never its plain members nor whoever caused it, and the
notice opens the moderation queue they can act on.
"""

import pytest

from django.core import mail
from django.urls import reverse

from accounts.factories import UserFactory
from community.factories import MembershipFactory, SpacePageFactory
from community.invitations import invitation_token
from notifications.models import Notification

from .conftest import login


def to_moderate(user):
    return Notification.objects.filter(recipient=user, kind="por_moderar")


@pytest.fixture
def newcomer(settings, public_space):
    settings.COMMUNITY_NEW_ACCOUNT_DAYS = 7
    user = UserFactory(username="recien_llegada")
    MembershipFactory(space=public_space, user=user)
    return user


def test_moderator_is_told_of_a_new_members_first_thread(
    client, moderator, member, newcomer, public_space, django_capture_on_commit_callbacks
):
    login(client, newcomer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("community:new_thread", args=[public_space.pk]),
            {"title": "Mi primera pregunta", "category": "pregunta", "source": "¿Cómo empiezo?"},
        )
    notice = to_moderate(moderator).get()
    assert "Mi primera pregunta" in notice.text
    assert notice.url == reverse("community:moderation", args=[public_space.pk])
    assert any(message.to == [moderator.email] for message in mail.outbox)
    login(client, moderator)
    assert "Mi primera pregunta" in client.get(notice.url).content.decode()  # in the queue


def test_plain_members_and_the_author_are_not_told_of_a_pending_post(
    client, member, newcomer, public_thread
):
    login(client, newcomer)
    client.post(public_thread.get_absolute_url(), {"source": "Mi primera respuesta"})
    assert not to_moderate(member).exists()
    assert not to_moderate(newcomer).exists()
    assert not Notification.objects.filter(recipient=member).exists()  # nothing approved yet


def test_an_approved_post_tells_no_moderator(client, moderator, other_member, public_thread):
    login(client, other_member)
    client.post(public_thread.get_absolute_url(), {"source": "Respuesta de confianza"})
    assert not to_moderate(moderator).exists()


def test_only_the_spaces_moderators_hear_of_a_flag(
    client, moderator, member, other_member, public_thread, public_space, community
):
    elsewhere = UserFactory(username="moderadora_de_otro_espacio")
    SpacePageFactory(parent=community, title="Otro espacio", moderators=[elsewhere])
    by_role = UserFactory(username="moderador_por_rol")
    MembershipFactory(space=public_space, user=by_role, role="moderador")
    login(client, other_member)
    post = public_thread.posts.get()
    client.post(reverse("community:flag_post", args=[post.pk]), {"reason": "Publicidad"})
    assert public_thread.title in to_moderate(moderator).get().text
    assert to_moderate(by_role).exists()
    assert not to_moderate(elsewhere).exists()
    assert not to_moderate(member).exists()  # the flagged author is not a moderator
    assert not to_moderate(other_member).exists()  # nor the reporter


def test_moderator_is_told_of_a_request_to_join_a_private_space(
    client, moderator, member, private_space, outsider
):
    login(client, outsider)
    client.post(
        reverse("community:join", args=[private_space.pk]),
        {"invitacion": invitation_token(private_space)},
    )
    notice = to_moderate(moderator).get()
    assert private_space.title in notice.text
    assert notice.url == reverse("community:moderation", args=[private_space.pk])
    assert not to_moderate(member).exists()
    assert not to_moderate(outsider).exists()
    login(client, moderator)
    assert client.get(notice.url).status_code == 200


def test_joining_a_public_space_tells_no_moderator(client, moderator, public_space, outsider):
    login(client, outsider)
    client.post(reverse("community:join", args=[public_space.pk]))
    assert not to_moderate(moderator).exists()
