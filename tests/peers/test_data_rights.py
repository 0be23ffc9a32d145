"""Peers in "Mis datos" and account deletion: the consent and the questions sent and received are
shown and downloaded; on deletion each person's own words go and the other's stay with them."""

import json

import pytest

from django.utils import timezone

from accounts.data_rights import collect, delete_account, inventoried
from peers.models import ContactConsent, PeerProfile, Question


@pytest.fixture
def exchange(practice, lucia, marta):
    return Question.objects.create(
        page=practice, sender=lucia, recipient=marta, subject="Asunto de Lucía",
        body="Pregunta de Lucía", answer="Respuesta de Marta", answered_at=timezone.now(),
        sender_publishes=True, recipient_publishes=True,
    )  # fmt: skip


def sections_of(user):
    return {section.key: section.data for section in collect(user)}


def test_my_data_shows_the_consent_and_the_questions_both_ways(exchange, lucia, marta):
    mine = sections_of(marta)
    assert mine["contacto_entre_colegas"]["acepta_que_colegas_le_escriban"] is True
    assert mine["preguntas_de_colegas_recibidas"][0]["respuesta"] == "Respuesta de Marta"
    assert sections_of(lucia)["preguntas_a_colegas_enviadas"][0]["pregunta"] == "Pregunta de Lucía"


def test_the_json_download_includes_them(client, exchange, lucia):
    client.force_login(lucia)
    response = client.get("/cuenta/mis-datos/descargar.json")
    assert response.status_code == 200
    data = json.loads(
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    assert data["preguntas_a_colegas_enviadas"][0]["asunto"] == "Asunto de Lucía"


def test_every_relation_to_members_is_accounted_for():
    assert {
        "peers.PeerProfile.user", "peers.PeerProfile.blocked_by", "peers.ContactConsent.user",
        "peers.Question.sender", "peers.Question.recipient",
    } <= inventoried()  # fmt: skip


def test_deleting_the_sender_removes_their_words_keeps_the_answer_and_unpublishes(exchange, lucia):
    delete_account(lucia)
    exchange.refresh_from_db()
    assert (exchange.sender, exchange.subject, exchange.body) == (None, "", "")
    assert exchange.answer == "Respuesta de Marta"
    assert not exchange.is_published


def test_deleting_the_recipient_removes_the_answer_and_keeps_the_question(exchange, marta):
    delete_account(marta)
    exchange.refresh_from_db()
    assert (exchange.recipient, exchange.answer) == (None, "")
    assert exchange.body == "Pregunta de Lucía"
    assert not PeerProfile.objects.filter(user_id=marta.pk).exists()
    assert not ContactConsent.objects.filter(user_id=marta.pk).exists()


def test_an_unanswered_question_goes_with_its_sender(practice, lucia, marta):
    Question.objects.create(page=practice, sender=lucia, recipient=marta, subject="s", body="b")
    delete_account(lucia)
    assert not Question.objects.exists()


def test_a_question_with_nobody_left_is_deleted(exchange, lucia, marta):
    delete_account(lucia)
    delete_account(marta)
    assert not Question.objects.exists()


def test_the_my_data_page_lists_them(client, exchange, lucia):
    client.force_login(lucia)
    text = client.get("/cuenta/mis-datos/").content.decode()
    assert "Preguntas que envió a colegas" in text and "Asunto de Lucía" in text
