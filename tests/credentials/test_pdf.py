"""The certificate's PDF: what it says (name as consented, course, hours, code, entity), read back
out of the file."""

import io

import pytest
from pypdf import PdfReader

from django.urls import reverse

from accounts.factories import UserFactory
from credentials.factories import CertificateFactory

from .conftest import client_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pdf_engine")]


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content) if response.streaming else response.content
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_holder_downloads_a_pdf_naming_them_the_course_hours_and_code(certificate, graduate):
    url = reverse("my_certificates:pdf", args=[certificate.display_code])
    text = pdf_text(client_of(graduate).get(url))
    assert "Luz Marina Ortega Díaz" in text
    assert "Presupuesto público territorial" in text
    assert "40 horas" in text
    assert certificate.display_code in text
    assert certificate.issuing_entity.upper() in text  # the heading is set in capitals
    assert "GOV.CO" in text
    assert graduate.email not in text


def test_a_member_who_keeps_their_name_private_gets_a_certificate_without_it(cohort):
    private = UserFactory(first_name="Nombre", last_name="Reservado",
                          consent__show_identity=False)  # fmt: skip
    certificate = CertificateFactory(user=private, cohort=cohort)
    url = reverse("my_certificates:pdf", args=[certificate.display_code])
    text = pdf_text(client_of(private).get(url))
    assert "Reservado" not in text
    assert "Miembro de Red ATT" in text
    assert certificate.display_code in text
