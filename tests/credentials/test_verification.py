"""Anyone verifies a code at /verificar/, without an account: valid, revoked or unknown, with what
the certificate shows and nothing more personal."""

import pytest

from django.urls import reverse

from accounts.factories import UserFactory
from credentials.factories import CertificateFactory
from credentials.issuing import revoke

pytestmark = pytest.mark.django_db


def verify_url(certificate):
    return reverse("credentials:verify", args=[certificate.display_code])


def test_a_visitor_sees_a_valid_certificate_with_course_entity_hours_and_date(client, certificate):
    response = client.get(verify_url(certificate))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Certificado válido." in page
    assert "Presupuesto público territorial" in page
    assert certificate.issuing_entity in page
    assert "40 horas" in page
    assert "Luz Marina Ortega Díaz" in page  # she consented to show her name
    assert certificate.user.email not in page and certificate.user.username not in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"  # names stay out of search engines


def test_typing_the_code_in_any_case_with_spaces_leads_to_its_page(client, certificate):
    typed = certificate.display_code.lower().replace("-", " ")
    response = client.get(reverse("credentials:verify_form"), {"codigo": f"  {typed} "})
    assert response.status_code == 302 and response.url == verify_url(certificate)
    assert "Certificado válido." in client.get(response.url).content.decode()


def test_the_form_refuses_a_code_that_cannot_be_one(client):
    response = client.get(reverse("credentials:verify_form"), {"codigo": "hola"})
    assert response.status_code == 400
    assert "no tiene la forma de un código" in response.content.decode()


def test_an_unknown_code_is_reported_as_unknown(client):
    response = client.get(reverse("credentials:verify", args=["ABCD-EFGH-JKMN"]))
    assert response.status_code == 404
    assert "Código desconocido" in response.content.decode()


def test_after_the_publisher_revokes_it_the_page_says_revoked_with_the_reason(
    client, certificate, publisher
):
    revoke(certificate, by=publisher, reason="Se comprobó que no asistió a las sesiones.")
    page = client.get(verify_url(certificate)).content.decode()
    assert "Certificado revocado: no es válido." in page
    assert "Se comprobó que no asistió a las sesiones." in page
    assert "Certificado válido." not in page
    assert publisher.username not in page


def test_a_holder_who_keeps_their_name_private_is_not_named(client, cohort):
    private = UserFactory(first_name="Nombre", last_name="Reservado",
                          consent__show_identity=False)  # fmt: skip
    page = client.get(verify_url(CertificateFactory(user=private, cohort=cohort))).content.decode()
    assert "Reservado" not in page
    assert "Miembro de Red ATT" in page


def test_looking_up_codes_fast_from_one_address_is_stopped(client, settings, certificate):
    settings.CREDENTIALS_VERIFY_RATE = "3/m"
    for _ in range(3):
        assert client.get(reverse("credentials:verify", args=["ABCD-EFGH-JKMN"])).status_code == 404
    response = client.get(verify_url(certificate))
    assert response.status_code == 429
    assert "Presupuesto público territorial" not in response.content.decode()
