"""Members join, ask, answer, quote, edit, delete, mark "útil" and solutions; lists stay fast."""

import pytest
from bs4 import BeautifulSoup

from django.db import IntegrityError
from django.urls import reverse

from community.factories import PostFactory, SpacePageFactory, ThreadFactory
from community.models import Membership, Post, PostReaction, Thread
from community.posting import mark_read
from reference.models import Sector

from .conftest import login


def test_member_joins_a_public_space_and_can_post(client, outsider, public_space):
    login(client, outsider)
    client.post(reverse("community:join", args=[public_space.pk]))
    assert Membership.objects.get(user=outsider, space=public_space).is_active
    assert client.get(reverse("community:new_thread", args=[public_space.pk])).status_code == 200


def test_non_member_of_a_public_space_reads_but_cannot_post(client, outsider, public_thread):
    login(client, outsider)
    page = client.get(public_thread.get_absolute_url()).content.decode()
    assert "Únase al espacio para responder" in page
    response = client.post(public_thread.get_absolute_url(), {"source": "Intrusión"})
    assert response.status_code == 403
    assert not Post.objects.filter(source="Intrusión").exists()


def test_private_space_join_needs_the_invitation_and_a_moderator(
    client, outsider, moderator, private_space
):
    from community.invitations import invitation_token

    login(client, outsider)
    assert client.post(reverse("community:join", args=[private_space.pk])).status_code == 404
    token = invitation_token(private_space)
    assert client.get(reverse("community:invitation", args=[token])).status_code == 200
    client.post(reverse("community:join", args=[private_space.pk]), {"invitacion": token})
    membership = Membership.objects.get(user=outsider, space=private_space)
    assert membership.status == "pendiente"
    assert client.get(private_space.url).status_code == 404

    approve = reverse("community:approve_membership", args=[membership.pk])
    assert client.post(approve).status_code == 404  # a pending member cannot approve themselves
    login(client, moderator)
    client.post(approve)
    login(client, outsider)
    assert client.get(private_space.url).status_code == 200
    assert outsider.community_notifications.filter(text__contains="Se aprobó su ingreso").exists()


def test_leaving_is_always_possible(client, member, private_space):
    login(client, member)
    client.post(reverse("community:leave", args=[private_space.pk]))
    assert not Membership.objects.filter(user=member, space=private_space).exists()
    assert client.get(private_space.url).status_code == 404


def test_member_asks_another_answers_and_the_asker_marks_the_solution(
    client, member, other_member, public_space
):
    login(client, member)
    response = client.post(
        reverse("community:new_thread", args=[public_space.pk]),
        {"title": "¿Cómo priorizar el PDT?", "category": "pregunta", "source": "Ayuda, por favor."},
    )
    thread = Thread.objects.get(title="¿Cómo priorizar el PDT?")
    assert response["Location"] == thread.get_absolute_url()
    thread.sectors.set([Sector.objects.get(slug="planeacion")])
    assert "<li>Planeación</li>" in client.get(thread.get_absolute_url()).content.decode()

    login(client, other_member)
    client.post(thread.get_absolute_url(), {"source": "Use la metodología del DNP."})
    answer = Post.objects.get(source="Use la metodología del DNP.")
    assert client.post(reverse("community:mark_solution", args=[answer.pk])).status_code == 403

    login(client, member)
    client.post(reverse("community:mark_solution", args=[answer.pk]))
    thread.refresh_from_db()
    assert thread.solution == answer
    listing = client.get(public_space.url).content.decode()
    assert "resuelta" in listing


def test_quote_prefills_the_reply_and_links_the_post_replied_to(
    client, member, other_member, public_thread
):
    first = public_thread.posts.get()
    login(client, other_member)
    page = client.get(public_thread.get_absolute_url(), {"citar": first.pk}).content.decode()
    assert "&gt; Mensaje inicial." in page
    client.post(
        public_thread.get_absolute_url(), {"source": "> Mensaje inicial.\n\nDe acuerdo.",
                                           "reply_to": first.pk}
    )  # fmt: skip
    reply = public_thread.posts.last()
    assert reply.reply_to == first
    assert "<blockquote>" in reply.html


def reply_box(response):
    """The reply form's message and the post it answers, as the page offers them."""
    form = BeautifulSoup(response.content, "html.parser").select_one("#responder form")
    return (
        form.select_one("textarea[name=source]").get_text(strip=True),
        form.select_one("input[name=reply_to]").get("value", ""),
    )


def test_a_malformed_quote_parameter_is_ignored(client, member, public_thread):
    first = public_thread.posts.get()
    login(client, member)
    response = client.get(public_thread.get_absolute_url(), {"citar": "x'"})
    assert response.status_code == 200
    assert reply_box(response) == ("", "")  # an empty reply, quoting nothing
    quoting = client.get(public_thread.get_absolute_url(), {"citar": first.pk})
    assert reply_box(quoting) == ("> Mensaje inicial.", str(first.pk))


def test_author_edits_keeping_history_for_moderators(client, member, moderator, public_thread):
    post = public_thread.posts.get()
    login(client, member)
    client.post(reverse("community:edit_post", args=[post.pk]), {"source": "Versión corregida"})
    post.refresh_from_db()
    assert post.source == "Versión corregida" and post.edited
    history = reverse("community:post_history", args=[post.pk])
    assert client.get(history).status_code == 403
    login(client, moderator)
    assert "Mensaje inicial." in client.get(history).content.decode()


def test_only_the_author_edits_or_deletes(client, member, other_member, public_thread):
    post = public_thread.posts.get()
    edit = reverse("community:edit_post", args=[post.pk])
    delete = reverse("community:delete_post", args=[post.pk])
    login(client, other_member)
    assert client.post(edit, {"source": "Texto ajeno"}).status_code == 403
    assert client.post(delete).status_code == 403
    post.refresh_from_db()
    assert (post.source, post.edited, post.deleted) == ("Mensaje inicial.", None, False)
    assert not post.revisions.exists()
    assert "Mensaje inicial." in client.get(public_thread.get_absolute_url()).content.decode()
    # The same requests from the author do change it.
    login(client, member)
    client.post(edit, {"source": "Texto del autor"})
    post.refresh_from_db()
    assert post.source == "Texto del autor" and post.edited
    client.post(delete)
    post.refresh_from_db()
    assert post.deleted


def test_deleted_post_leaves_a_placeholder(client, member, public_thread):
    post = public_thread.posts.get()
    login(client, member)
    client.post(reverse("community:delete_post", args=[post.pk]))
    page = client.get(public_thread.get_absolute_url()).content.decode()
    assert "Su autor eliminó esta publicación" in page
    assert "Mensaje inicial." not in page
    assert Post.objects.filter(pk=post.pk, deleted=True).exists()


def test_useful_is_one_per_member_and_post(client, other_member, public_thread):
    post = public_thread.posts.get()
    login(client, other_member)
    client.post(reverse("community:useful", args=[post.pk]))
    page = client.get(public_thread.get_absolute_url()).content.decode()
    assert "1 persona lo marcó útil" in page
    assert 'aria-pressed="true">✓ Le fue útil (quitar)</button>' in page  # pressed looks pressed
    with pytest.raises(IntegrityError):
        PostReaction.objects.create(post=post, user=other_member)


def test_failed_form_keeps_what_was_typed(client, member, public_space):
    login(client, member)
    response = client.post(
        reverse("community:new_thread", args=[public_space.pk]),
        {"title": "PDT", "category": "pregunta", "source": "Un texto largo que no se pierde"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Un texto largo que no se pierde" in body
    assert "No se perdió nada de lo que escribió" in body


def test_expired_session_keeps_the_draft_through_login(client, member, public_thread):
    response = client.post(public_thread.get_absolute_url(), {"source": "Respuesta que escribí"})
    assert "/cuenta/ingresar/" in response["Location"]
    login(client, member)
    page = client.get(public_thread.get_absolute_url()).content.decode()
    assert "Respuesta que escribí" in page


def test_lists_show_pinned_first_then_latest_activity_and_unread(client, member, public_space):
    old = ThreadFactory(space=public_space, title="Hilo viejo fijado", pinned=True)
    read = ThreadFactory(space=public_space, title="Hilo leído")
    ThreadFactory(space=public_space, title="Hilo reciente")
    mark_read(member, read)
    Thread.objects.filter(pk=old.pk).update(last_activity="2020-01-01T00:00Z")
    login(client, member)
    body = client.get(public_space.url).content.decode()
    assert body.index("Hilo viejo fijado") < body.index("Hilo reciente") < body.index("Hilo leído")
    assert body.count('class="unread"') == 2


def test_space_and_thread_pages_make_a_fixed_number_of_queries(
    client, member, public_space, django_assert_max_num_queries
):
    for n in range(15):
        thread = ThreadFactory(space=public_space, title=f"Hilo {n}")
        for _ in range(3):
            PostFactory(thread=thread, reply_to=thread.posts.first())
    login(client, member)
    # + the header's unread-notices badge (one count), the breadcrumb's ancestors and whether
    # the member follows (one query each), whatever the page lists
    budget = 30 + 3
    with django_assert_max_num_queries(budget):
        assert client.get(public_space.url).status_code == 200
    with django_assert_max_num_queries(budget):
        assert client.get(public_space.get_parent().url).status_code == 200
    with django_assert_max_num_queries(budget):
        assert client.get(thread.get_absolute_url()).status_code == 200


def test_locked_thread_takes_no_replies(client, member, public_thread):
    login(client, member)
    client.post(public_thread.get_absolute_url(), {"source": "A tiempo"})
    assert public_thread.posts.filter(source="A tiempo").exists()  # open, it takes replies
    Thread.objects.filter(pk=public_thread.pk).update(locked=True)
    assert client.post(public_thread.get_absolute_url(), {"source": "Tarde"}).status_code == 403
    assert not Post.objects.filter(source="Tarde").exists()


def test_space_slugs_used_by_community_urls_are_refused(community):
    from django.core.exceptions import ValidationError

    space = SpacePageFactory.build(title="Hilos", slug="hilos", description="<p>x</p>")
    with pytest.raises(ValidationError):
        space.clean()
