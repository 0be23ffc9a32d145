"""Certificates in "Mis datos" and its download; after deletion they stay verifiable, naming the
holder only if the member had consented to show their name."""

import pytest

from django.urls import reverse

from accounts.data_rights import as_json, delete_account
from accounts.factories import UserFactory
from credentials.factories import CertificateFactory

pytestmark = pytest.mark.django_db


def test_my_data_lists_the_members_certificates(certificate, graduate):
    data = as_json(graduate)
    (record,) = data["certificados"]
    assert record["codigo"] == certificate.display_code
    assert record["titulo"] == "Presupuesto público territorial" and record["horas"] == 40


def test_after_deletion_a_consented_name_stays_on_the_verifiable_certificate(
    client, certificate, graduate
):
    delete_account(graduate)
    certificate.refresh_from_db()
    assert certificate.user is None and certificate.holder_name == "Luz Marina Ortega Díaz"
    page = client.get(reverse("credentials:verify", args=[certificate.display_code]))
    assert "Certificado válido." in page.content.decode()
    assert "Luz Marina Ortega Díaz" in page.content.decode()


def test_after_deletion_a_private_name_is_not_kept(client, cohort):
    private = UserFactory(first_name="Nombre", last_name="Reservado",
                          consent__show_identity=False)  # fmt: skip
    certificate = CertificateFactory(user=private, cohort=cohort)
    delete_account(private)
    certificate.refresh_from_db()
    assert certificate.user is None and certificate.holder_name == ""
    page = client.get(reverse("credentials:verify", args=[certificate.display_code]))
    text = page.content.decode()
    assert "Certificado válido." in text and "Reservado" not in text
    assert "Miembro retirado" in text
