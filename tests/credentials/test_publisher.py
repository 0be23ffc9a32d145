"""The publisher's side in the admin: who holds a certificate of their course, the CSV, issuing
one by hand with a reason, revoking one with a reason."""

import pytest

from django.urls import reverse

from accounts.factories import UserFactory
from credentials.models import Certificate

from .conftest import client_of

pytestmark = pytest.mark.django_db


def test_the_publisher_sees_who_holds_a_certificate_of_the_course(publisher, certificate):
    client = client_of(publisher)
    listing = client.get(reverse("credentials_report")).content.decode()
    assert certificate.course.title in listing
    page = client.get(reverse("credentials_course", args=[certificate.course.pk])).content.decode()
    assert "Luz Marina Ortega Díaz" in page and certificate.display_code in page


def test_the_publisher_exports_the_holders_as_csv(publisher, certificate):
    response = client_of(publisher).get(
        reverse("credentials_course_csv", args=[certificate.course.pk])
    )
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, row = text.splitlines()[:2]
    assert header.startswith("codigo,titular,usuario")
    assert certificate.display_code in row and "Luz Marina Ortega Díaz" in row and "Válido" in row


def test_the_publisher_issues_a_certificate_by_hand_with_its_reason(publisher, course, cohort):
    person = UserFactory(username="excepcion", first_name="Ana", last_name="Ruiz")
    client = client_of(publisher)
    url = reverse("credentials_issue", args=[course.pk])
    refused = client.post(url, {"username": "excepcion", "cohort": cohort.pk, "reason": ""})
    assert refused.status_code == 400 and not Certificate.objects.exists()

    response = client.post(
        url, {"username": "excepcion", "cohort": cohort.pk, "reason": "Incapacidad médica."}
    )
    assert response.status_code == 302
    certificate = Certificate.objects.get(user=person)
    assert certificate.issued_by == publisher and certificate.issue_reason == "Incapacidad médica."
    assert certificate.hours == 40 and certificate.starts_on == cohort.start_date


def test_the_publisher_revokes_a_certificate_with_a_reason_and_verification_says_so(
    publisher, certificate, client
):
    url = reverse("credentials_revoke", args=[certificate.pk])
    publisher_client = client_of(publisher)
    assert publisher_client.post(url, {"reason": ""}).status_code == 400
    response = publisher_client.post(url, {"reason": "Certificado expedido por error."})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoked_by == publisher

    page = client.get(reverse("credentials:verify", args=[certificate.display_code]))
    assert "Certificado revocado: no es válido." in page.content.decode()
    assert "Certificado expedido por error." in page.content.decode()
