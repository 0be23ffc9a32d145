"""Community recognition: one vote per member per edition, even under simultaneous requests."""

import threading
from datetime import timedelta

import pytest

from django.test import Client
from django.utils import timezone

from accounts.factories import UserFactory
from meeting.factories import NominationFactory, create_edition
from meeting.models import Nomination, Vote
from meeting.models.pages import Phase


def open_vote_edition(practices, **kwargs):
    now = timezone.now()
    edition = create_edition(
        year=2026,
        call="closed",
        phase=Phase.DELIBERATION,
        vote_opens_at=now - timedelta(days=1),
        vote_closes_at=now + timedelta(days=1),
        **kwargs,
    )
    nominations = [
        NominationFactory(edition=edition, practice=p, status=Nomination.Status.FINALIST)
        for p in practices
    ]
    return edition, nominations


def vote_url(edition):
    return edition.url + "votar/"


@pytest.mark.django_db
def test_member_votes_once_then_sees_and_changes_their_vote(member_client, practices):
    edition, (first, second) = open_vote_edition(practices)
    page = member_client.get(edition.url).content.decode()
    assert "Reconocimiento de la comunidad" in page
    response = member_client.post(vote_url(edition), {"nomination": first.pk}, follow=True)
    assert "su voto quedó registrado" in response.content.decode()
    assert "Usted votó por" in response.content.decode()
    response = member_client.post(vote_url(edition), {"nomination": second.pk}, follow=True)
    assert "Cambiamos su voto" in response.content.decode()
    assert list(Vote.objects.values_list("nomination", flat=True)) == [second.pk]


@pytest.mark.django_db
def test_vote_is_refused_outside_its_window(member_client, practices):
    edition, (first, _) = open_vote_edition(practices)
    edition.vote_closes_at = timezone.now() - timedelta(minutes=1)
    edition.vote_opens_at = timezone.now() - timedelta(days=2)
    edition.save_revision().publish()
    response = member_client.post(vote_url(edition), {"nomination": first.pk}, follow=True)
    assert "La votación del público no está abierta" in response.content.decode()
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_only_nominations_in_the_running_can_receive_votes(member_client, practices):
    edition, (first, _) = open_vote_edition(practices)
    first.status = Nomination.Status.NOT_SELECTED
    first.save()
    response = member_client.post(vote_url(edition), {"nomination": first.pk}, follow=True)
    assert "Elija una de las prácticas en votación" in response.content.decode()
    response = member_client.post(vote_url(edition), {"nomination": "x"}, follow=True)
    assert "Elija una de las prácticas en votación" in response.content.decode()
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_an_empty_vote_is_answered_and_stores_nothing(member_client, practices):
    edition, _ = open_vote_edition(practices)
    response = member_client.post(vote_url(edition), {}, follow=True)
    assert "Elija una de las prácticas en votación" in response.content.decode()
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_a_member_cannot_vote_for_the_practice_they_nominated(member, member_client, practices):
    edition, (own, other) = open_vote_edition(practices)
    own.nominated_by = member
    own.save()
    page = member_client.get(edition.url).content.decode()
    assert "(usted la postuló: no puede votar por ella)" in page
    assert f'value="{own.pk}" disabled' in page and f'value="{other.pk}" disabled' not in page
    response = member_client.post(vote_url(edition), {"nomination": own.pk}, follow=True)
    assert "no puede votar por su propia postulación" in response.content.decode()
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_once_the_vote_closes_the_member_sees_their_vote_and_that_it_is_final(
    member, member_client, practices
):
    edition, (first, _) = open_vote_edition(practices)
    Vote.objects.create(edition=edition, nomination=first, user=member)
    edition.vote_closes_at = timezone.now() - timedelta(minutes=1)
    edition.save_revision().publish()
    page = member_client.get(edition.url).content.decode()
    assert "Usted votó por «Catastro multipropósito en Pasto»" in page
    assert "su voto ya no se puede cambiar" in page
    assert "Cambiar mi voto" not in page


@pytest.mark.django_db
def test_anonymous_visitor_cannot_vote(client, practices):
    edition, (first, _) = open_vote_edition(practices)
    response = client.post(vote_url(edition), {"nomination": first.pk})
    assert response.status_code == 302 and "/cuenta/ingresar/" in response["Location"]
    assert not Vote.objects.exists()


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_votes_by_one_member_store_exactly_one(practices):
    edition, nominations = open_vote_edition(practices)
    member = UserFactory(username="votante")
    barrier = threading.Barrier(2)
    messages = []

    def vote(nomination):
        from django.db import connection

        client = Client()
        client.force_login(member)
        barrier.wait()
        try:
            response = client.post(vote_url(edition), {"nomination": nomination.pk}, follow=True)
            messages.append(response.content.decode())
        finally:
            connection.close()

    threads = [threading.Thread(target=vote, args=(n,)) for n in nominations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Vote.objects.filter(edition=edition, user=member).count() == 1
    assert sum("su voto quedó registrado" in m for m in messages) == 1
    # The other request met the first vote either in flight (the database refused a second row)
    # or already stored (it moved the vote): both are answered, neither stores a second vote.
    assert sum("Ya votó en esta edición" in m or "Cambiamos su voto" in m for m in messages) == 1


@pytest.mark.django_db
def test_a_member_who_nominated_every_candidate_is_told_why_and_gets_no_button(
    member, member_client, practices
):
    """Issue 28 item 3: no "Votar" button that can only answer "Elija una…"."""
    edition, nominations = open_vote_edition(practices)
    Nomination.objects.filter(pk__in=[n.pk for n in nominations]).update(nominated_by=member)
    page = member_client.get(edition.url).content.decode()
    assert "No hay una práctica por la que usted pueda votar" in page
    assert 'type="submit">Votar' not in page and vote_url(edition) not in page
    # Someone else's nomination among them: the form and its button are back.
    Nomination.objects.filter(pk=nominations[0].pk).update(nominated_by=None)
    page = member_client.get(edition.url).content.decode()
    assert vote_url(edition) in page and ">Votar</button>" in page
    assert "No hay una práctica por la que usted pueda votar" not in page
