"""Community threads in the site search, on both engines: found by their replies, never leaked."""

import pytest

from accounts.factories import UserFactory
from community import moderating, posting
from community.factories import (
    MembershipFactory,
    PostFactory,
    SpacePageFactory,
    ThreadFactory,
    create_community,
)
from community.models import ModerationLog
from tests.search.test_search_behaviour import api, assert_hidden, facet_counts, search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(db):
    return UserFactory(username="moderadora_busqueda")


@pytest.fixture
def spaces(search_backend, committed, member, moderator):
    """A public and a private space; `member` belongs to both."""
    with committed():
        community = create_community()
        public = SpacePageFactory(parent=community, title="Hacienda", moderators=[moderator])
        private = SpacePageFactory(
            parent=community, title="Región Pacífico", visibility="privado", moderators=[moderator]
        )
        MembershipFactory(space=public, user=member)
        MembershipFactory(space=private, user=member)
    return public, private


@pytest.fixture
def make_thread(spaces, committed, member):
    def make(title, space=None, source="Mensaje inicial.", **kwargs):
        with committed():
            return ThreadFactory(
                space=space or spaces[0], author=member, title=title, source=source, **kwargs
            )

    return make


def test_a_public_thread_is_found_by_a_word_of_a_reply(client, make_thread, committed):
    thread = make_thread("¿Cómo actualizar el catastro?")
    with committed():
        PostFactory(thread=thread, source="Nosotros usamos el **levantamiento** predial.")
    data = api(client, "levantamiento")
    assert [hit["title"] for hit in data["results"]] == ["¿Cómo actualizar el catastro?"]
    assert data["results"][0]["kind"] == "hilo"
    assert data["results"][0]["url"] == thread.get_absolute_url()
    assert facet_counts(data, "contenido") == {"hilo": 1}
    assert "Conversación" in search(client, "levantamiento").content.decode()


def test_a_thread_has_the_facets_of_its_capacity_tags(client, make_thread, committed):
    from reference.models import CapacityType, Sector

    thread = make_thread("Presupuesto de salud")
    with committed():
        thread.capacity_types.set(CapacityType.objects.filter(slug="poblacional"))
        thread.sectors.set(Sector.objects.filter(slug="salud"))
        thread.save()
    data = api(client, "presupuesto")
    assert facet_counts(data, "tipo") == {"poblacional": 1}
    assert facet_counts(data, "sector") == {"salud": 1}


def test_hidden_deleted_and_pending_posts_do_not_find_their_thread(
    client, make_thread, committed, moderator
):
    thread = make_thread("Catastro rural")
    with committed():
        hidden = PostFactory(thread=thread, source="Palabra ofensiva.")
        moderating.hide_post(moderator, hidden, "Lenguaje ofensivo")
        deleted = PostFactory(thread=thread, source="Palabra borrada.")
        posting.soft_delete(deleted)
        PostFactory(thread=thread, source="Palabra pendiente.", approved=False)
    for word in ["ofensiva", "borrada", "pendiente"]:
        assert api(client, word)["total"] == 0, word
    assert titles(search(client, "catastro")) == ["Catastro rural"]


def test_editing_a_reply_updates_the_words_that_find_its_thread(client, make_thread, committed):
    thread = make_thread("Catastro urbano")
    with committed():
        post = PostFactory(thread=thread, source="Usamos drones.")
        posting.edit(post, "Usamos fotografía aérea.")
    assert api(client, "drones")["total"] == 0
    assert titles(search(client, "aérea")) == ["Catastro urbano"]


def test_a_thread_awaiting_approval_is_found_once_approved(
    client, make_thread, committed, moderator
):
    thread = make_thread("Regalías por aprobar", approved=False)
    thread.posts.update(approved=False)  # a new member's first post, as posting.start leaves it
    assert_hidden(client, "regalías", "Regalías por aprobar", visible=0)
    with committed():
        moderating.approve_post(moderator, thread.posts.get())
    assert titles(search(client, "regalías")) == ["Regalías por aprobar"]


def test_a_private_space_thread_is_hidden_from_anonymous_users_and_non_members(
    client, make_thread, spaces
):
    make_thread("Regalías del Pacífico", space=spaces[1], source="Contenido reservado.")
    make_thread("Regalías abiertas")
    assert_hidden(client, "regalías", "Regalías del Pacífico", visible=1)
    assert api(client, "reservado")["total"] == 0
    client.force_login(UserFactory(username="ajena_busqueda"))
    assert_hidden(client, "regalías", "Regalías del Pacífico", visible=1)


def test_a_member_finds_the_threads_of_a_private_space(member_client, make_thread, spaces):
    make_thread("Regalías del Pacífico", space=spaces[1], source="Contenido reservado.")
    make_thread("Regalías abiertas")
    assert sorted(titles(search(member_client, "regalías"))) == [
        "Regalías abiertas",
        "Regalías del Pacífico",
    ]
    assert api(member_client, "reservado")["total"] == 1
    suggestions = member_client.get("/buscar/autocompletar/", {"q": "Regalías del"}).json()
    assert [s["title"] for s in suggestions["results"]] == ["Regalías del Pacífico"]


def test_a_moderator_of_a_private_space_finds_its_threads(client, make_thread, spaces, moderator):
    make_thread("Regalías del Pacífico", space=spaces[1])
    client.force_login(moderator)
    assert titles(search(client, "regalías")) == ["Regalías del Pacífico"]


def test_hiding_a_thread_removes_it_at_once(client, make_thread, committed, moderator):
    thread = make_thread("Regalías ocultas")
    make_thread("Regalías visibles")
    with committed():
        moderating.moderate_thread(moderator, thread, ModerationLog.Action.HIDE_THREAD, "Spam")
    assert_hidden(client, "regalías", "Regalías ocultas", visible=1)


def test_moving_a_thread_to_a_private_space_hides_it(client, make_thread, committed, spaces):
    thread = make_thread("Regalías trasladadas")
    moderator = spaces[0].moderators.first()
    with committed():
        moderating.moderate_thread(
            moderator, thread, ModerationLog.Action.MOVE, target_space=spaces[1]
        )
    assert titles(search(client, "regalías")) == []


def test_making_a_space_private_removes_its_threads_from_anonymous_results(
    client, member, make_thread, committed, spaces
):
    make_thread("Regalías del espacio")
    assert titles(search(client, "regalías")) == ["Regalías del espacio"]
    space = spaces[0]
    space.visibility = "privado"
    with committed():
        space.save_revision().publish()
    assert_hidden(client, "regalías", "Regalías del espacio", visible=0)
    client.force_login(member)
    assert titles(search(client, "regalías")) == ["Regalías del espacio"]


def test_unpublishing_a_space_removes_its_threads(client, make_thread, committed, spaces):
    make_thread("Regalías del espacio")
    with committed():
        spaces[0].unpublish()
    assert titles(search(client, "regalías")) == []


def test_deleting_a_space_removes_its_threads(client, make_thread, committed, spaces):
    make_thread("Regalías del espacio")
    with committed():
        spaces[0].delete()
    assert titles(search(client, "regalías")) == []


def test_deleting_a_thread_removes_it(client, make_thread, committed):
    thread = make_thread("Regalías borradas")
    with committed():
        thread.delete()
    assert titles(search(client, "regalías")) == []


def test_rebuild_indexes_threads_with_their_audience(
    client, member, make_thread, spaces, search_backend
):
    from django.core.management import call_command

    make_thread("Regalías del Pacífico", space=spaces[1])
    make_thread("Regalías abiertas")
    search_backend.reset()
    call_command("rebuild_search_index", stdout=__import__("io").StringIO())
    assert titles(search(client, "regalías")) == ["Regalías abiertas"]
    client.force_login(member)
    assert len(titles(search(client, "regalías"))) == 2
