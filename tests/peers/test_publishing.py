"""Publishing a question and its answer: only once both people said yes, on the item's page under
"Preguntas respondidas por colegas", named as each allowed; either may withdraw (unpublished)."""

import pytest

from django.utils import timezone

from accounts.factories import UserFactory
from peers.models import Question

from .conftest import MURINDO, colleague, peers_section

HEADING = "Preguntas respondidas por colegas"


@pytest.fixture
def answered(practice, lucia, marta):
    return Question.objects.create(
        page=practice, sender=lucia, recipient=marta, subject="¿Cuánto costó?",
        body="¿Cuánto costó el primer año?", answer="Casi nada: **tiempo** del equipo.",
        answered_at=timezone.now(),
    )  # fmt: skip


def publish(client, user, question, yes=True):
    client.force_login(user)
    return client.post(
        f"/colegas/preguntas/{question.pk}/publicar/", {"publish": "on"} if yes else {}
    )


def public_text(client, page):
    client.logout()
    return peers_section(client, page).get_text(" ", strip=True)


def test_with_one_consent_only_nothing_is_public(client, answered, lucia):
    publish(client, lucia, answered)
    answered.refresh_from_db()
    assert answered.sender_publishes and not answered.is_published
    assert HEADING not in public_text(client, answered.page)


def test_with_both_consents_it_appears_on_the_item_named_as_each_allowed(
    client, answered, lucia, marta
):
    publish(client, lucia, answered)
    publish(client, marta, answered)
    text = public_text(client, answered.page)
    assert HEADING in text
    assert "¿Cuánto costó el primer año?" in text and "tiempo del equipo" in text
    assert "Pregunta de Lucía" in text and "Respuesta de Marta Palacios" in text


def test_a_name_kept_private_shows_as_a_member(client, practice, marta):
    shy = colleague(
        "Alcaldía de Murindó", MURINDO, first_name="Tímida", consent__show_identity=False
    )
    question = Question.objects.create(
        page=practice, sender=shy, recipient=marta, subject="s", body="b", answer="a",
        answered_at=timezone.now(), sender_publishes=True, recipient_publishes=True,
    )  # fmt: skip
    text = public_text(client, question.page)
    assert "Tímida" not in text and "Pregunta de Miembro de Red ATT" in text


def test_either_may_withdraw_and_it_is_unpublished(client, answered, lucia, marta):
    publish(client, lucia, answered)
    publish(client, marta, answered)
    publish(client, marta, answered, yes=False)
    assert HEADING not in public_text(client, answered.page)
    answered.refresh_from_db()
    assert answered.sender_publishes and not answered.recipient_publishes


def test_nothing_is_published_before_the_answer(client, practice, lucia, marta):
    question = Question.objects.create(
        page=practice, sender=lucia, recipient=marta, subject="s", body="b"
    )
    assert publish(client, lucia, question).status_code == 404
    question.refresh_from_db()
    assert not question.sender_publishes


def test_nobody_else_can_publish_it(client, answered):
    assert publish(client, UserFactory(), answered).status_code == 404


def test_a_reported_question_is_never_public(client, answered, lucia, marta):
    publish(client, lucia, answered)
    publish(client, marta, answered)
    Question.objects.filter(pk=answered.pk).update(reported_at=timezone.now())
    assert HEADING not in public_text(client, answered.page)
