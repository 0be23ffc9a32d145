"""Asking a colleague who applied an item: the whole path from a municipality outside the old
sample, the notice and the inbox, the rate limit, every refusal, reporting and the moderators."""

import pytest

from django.core import mail
from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from notifications.models import EmailPreference, Notification
from peers.asking import ASKED
from peers.consent import set_contactable
from peers.models import PeerProfile, Question
from reference.comparable import comparable_municipalities
from reference.models import Municipality

from .conftest import (
    MITU,
    MURINDO,
    adopt,
    ask_url,
    colleague,
    listed_entities,
    peers_section,
    soup_of,
)

QUESTION = {"subject": "¿Cómo armaron el banco?", "body": "¿Con qué equipo empezaron?"}


@pytest.fixture
def murindo_practice(practice, marta):
    adopt(practice, marta)
    return practice


def test_a_member_from_carmen_del_darien_asks_the_comparable_colleague_who_receives_it(
    client, lucia, marta, practice, committed
):
    adopt(practice, colleague("Alcaldía de Medellín", "05001", contactable=True))
    adopt(practice, marta)
    client.force_login(lucia)
    section = peers_section(client, practice)
    assert listed_entities(section)[0] == "Alcaldía de Murindó"
    link = section.select("ul.peer-list > li")[0].find("a", string="Escribirle")["href"]
    with committed():
        response = client.post(link, QUESTION)
    question = Question.objects.get()
    assert (
        response.status_code == 302 and response["Location"] == f"/colegas/preguntas/{question.pk}/"
    )
    assert (question.sender, question.recipient, question.page_id) == (lucia, marta, practice.pk)

    client.force_login(marta)
    notice = Notification.objects.get(recipient=marta)
    assert notice.kind == ASKED and notice.url == f"/colegas/preguntas/{question.pk}/"
    assert "Banco de proyectos compartido" in notice.text
    assert [m.to for m in mail.outbox] == [[marta.email]]  # her preference: one e-mail per notice
    inbox = soup_of(client.get("/colegas/preguntas/")).get_text(" ", strip=True)
    assert "¿Cómo armaron el banco?" in inbox and "Por responder" in inbox
    page = soup_of(client.get(notice.url)).get_text(" ", strip=True)
    assert "¿Con qué equipo empezaron?" in page


def test_a_member_from_mitu_sees_a_comparable_municipality_first_and_asks_there(
    client, practice, committed
):
    mitu = Municipality.objects.get(code=MITU)
    twin = comparable_municipalities(mitu).exclude(pk=mitu.pk).order_by("code").first()
    assert twin is not None, "Mitú has comparable municipalities in the shipped sample"
    asker = colleague("Alcaldía de Mitú", MITU)
    adopt(practice, colleague("Entidad lejana", "05001", contactable=True))
    peer = colleague(f"Alcaldía de {twin.name}", twin.code, contactable=True)
    adopt(practice, peer)
    client.force_login(asker)
    assert listed_entities(peers_section(client, practice))[0] == f"Alcaldía de {twin.name}"
    with committed():
        client.post(ask_url(practice, peer), QUESTION)
    assert Notification.objects.filter(recipient=peer, kind=ASKED).count() == 1


def test_the_recipient_answers_once_and_the_sender_is_told(client, lucia, marta, murindo_practice):
    question = Question.objects.create(
        page=murindo_practice, sender=lucia, recipient=marta, subject="Asunto", body="Texto"
    )
    client.force_login(marta)
    client.post(f"/colegas/preguntas/{question.pk}/responder/", {"answer": "Con **dos** personas."})
    question.refresh_from_db()
    assert question.answer == "Con **dos** personas." and question.answered
    assert (
        client.post(f"/colegas/preguntas/{question.pk}/responder/", {"answer": "otra"}).status_code
        == 404
    )
    assert Notification.objects.filter(recipient=lucia, kind=ASKED).exists()
    client.force_login(lucia)
    html = client.get(f"/colegas/preguntas/{question.pk}/").content.decode()
    assert "<strong>dos</strong>" in html


def test_markup_is_sanitised(client, lucia, marta, murindo_practice):
    client.force_login(lucia)
    client.post(
        ask_url(murindo_practice, marta), {"subject": "x", "body": "<script>alert(1)</script> hola"}
    )
    question = Question.objects.get()
    html = client.get(f"/colegas/preguntas/{question.pk}/").content.decode()
    assert "<script>alert(1)" not in html


def test_five_questions_a_day_then_a_clear_message_that_keeps_the_text(
    client, lucia, marta, murindo_practice
):
    client.force_login(lucia)
    for _n in range(5):
        assert client.post(ask_url(murindo_practice, marta), QUESTION).status_code == 302
    response = client.post(
        ask_url(murindo_practice, marta), {"subject": "La sexta", "body": "Texto guardado"}
    )
    assert response.status_code == 429
    soup = soup_of(response)
    assert "el máximo por día" in soup.find(class_="form-errors").get_text()
    assert soup.find("input", attrs={"name": "subject"})["value"] == "La sexta"
    assert "Texto guardado" in soup.find("textarea", attrs={"name": "body"}).get_text()
    assert Question.objects.count() == 5


def test_visitors_are_sent_to_sign_in_and_back(client, marta, murindo_practice):
    url = ask_url(murindo_practice, marta)
    for response in (client.get(url), client.post(url, QUESTION)):
        assert response.status_code == 302
        assert response["Location"].startswith("/cuenta/ingresar/?next=")
    assert not Question.objects.exists()


def test_nobody_may_ask_themself(client, marta, murindo_practice):
    client.force_login(marta)
    response = client.post(ask_url(murindo_practice, marta), QUESTION)
    assert response.status_code == 403
    assert "usted mismo" in response.content.decode()
    assert not Question.objects.exists()


def test_a_member_who_did_not_consent_cannot_be_asked_even_with_the_address(
    client, lucia, murindo_practice
):
    quiet = colleague("Alcaldía de Murindó", MURINDO)
    adopt(murindo_practice, quiet)
    client.force_login(lucia)
    assert client.get(ask_url(murindo_practice, quiet)).status_code == 404
    assert client.post(ask_url(murindo_practice, quiet), QUESTION).status_code == 404
    assert not Question.objects.exists()


def test_a_colleague_who_withdraws_consent_can_no_longer_be_asked(
    client, lucia, marta, murindo_practice
):
    set_contactable(marta, False)
    client.force_login(lucia)
    assert client.post(ask_url(murindo_practice, marta), QUESTION).status_code == 404


def test_a_contactable_member_is_asked_only_about_what_their_entity_applied(
    client, lucia, marta, guide, murindo_practice
):
    client.force_login(lucia)
    assert client.post(ask_url(guide, marta), QUESTION).status_code == 404


def test_only_the_two_people_read_a_question(client, lucia, marta, murindo_practice):
    question = Question.objects.create(
        page=murindo_practice, sender=lucia, recipient=marta, subject="Privada", body="Texto"
    )
    url = f"/colegas/preguntas/{question.pk}/"
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    assert client.post(url + "responder/", {"answer": "no"}).status_code == 404
    assert "Privada" not in client.get("/colegas/preguntas/").content.decode()
    client.logout()
    assert client.get(url).status_code == 302  # sign in first


def test_reporting_hides_it_from_the_recipient_and_moderators_can_block_the_sender(
    client, lucia, marta, murindo_practice
):
    question = Question.objects.create(
        page=murindo_practice, sender=lucia, recipient=marta, subject="Molesta", body="Spam"
    )
    client.force_login(marta)
    response = client.post(f"/colegas/preguntas/{question.pk}/reportar/", {"reason": "Publicidad"})
    assert response.status_code == 302
    assert "Molesta" not in client.get("/colegas/preguntas/").content.decode()
    assert client.get(f"/colegas/preguntas/{question.pk}/").status_code == 404

    assert client.get("/admin/informes/preguntas-reportadas/").status_code in (302, 403)
    moderator = UserFactory(roles=[roles.MODERATORS], is_staff=True)
    client.force_login(moderator)
    listing = client.get("/admin/informes/preguntas-reportadas/")
    text = soup_of(listing).get_text(" ", strip=True)
    assert "Molesta" in text and "Publicidad" in text and lucia.username in text
    client.post(f"/admin/informes/preguntas-reportadas/{question.pk}/", {"action": "bloquear"})
    assert PeerProfile.objects.get(user=lucia).blocked_by == moderator

    client.force_login(lucia)
    response = client.post(ask_url(murindo_practice, marta), QUESTION)
    assert response.status_code == 403 and "bloquearon" in response.content.decode()
    assert Question.objects.count() == 1


def test_staff_without_the_permission_cannot_review_reports(client, lucia, marta, murindo_practice):
    Question.objects.create(
        page=murindo_practice, sender=lucia, recipient=marta, subject="Molesta", body="Spam",
        reported_at=timezone.now(), report_status=Question.Report.OPEN,
    )  # fmt: skip
    client.force_login(UserFactory(is_staff=True, roles=[roles.EDITORS]))
    response = client.get("/admin/informes/preguntas-reportadas/", follow=True)
    assert "Molesta" not in response.content.decode()
    assert client.post(
        f"/admin/informes/preguntas-reportadas/{Question.objects.get().pk}/", {"action": "bloquear"}
    ).status_code in (302, 403)
    assert not PeerProfile.objects.filter(user=lucia, blocked_at__isnull=False).exists()


def test_mail_follows_the_recipients_preference(client, lucia, marta, murindo_practice, committed):
    EmailPreference.objects.create(user=marta, frequency=EmailPreference.Frequency.NONE)
    client.force_login(lucia)
    with committed():
        client.post(ask_url(murindo_practice, marta), QUESTION)
    assert Notification.objects.filter(recipient=marta).exists()
    assert mail.outbox == []


def test_the_sender_still_reads_a_reported_question_and_is_not_told_of_the_report(
    client, lucia, marta, murindo_practice
):
    question = Question.objects.create(
        page=murindo_practice, sender=lucia, recipient=marta, subject="Molesta", body="Spam",
        reported_at=timezone.now(), report_reason="Publicidad", report_status="abierta",
    )  # fmt: skip
    client.force_login(lucia)
    text = client.get(f"/colegas/preguntas/{question.pk}/").content.decode()
    assert "Spam" in text
    assert "reportada" not in text.lower() and "Publicidad" not in text
