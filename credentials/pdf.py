"""A certificate's PDF: the GOV.CO identity, the issuing entity, the holder as consented, what it
certifies (course or recognition, hours, dates), the verification code and a QR code of the
verification page. Made by core.pdf on each download (one page, well under a second), never
stored: it follows the holder's consent and the certificate's state at the time of asking.
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone

from core import links
from core import pdf as core_pdf

from .badges import verification_url
from .holder import public_holder_name

CSS = "credentials/pdf/certificate.css"


@cache
def stylesheet():
    with open(finders.find(CSS), encoding="utf-8") as file:
        return file.read()


def context(certificate, operator_name):
    address = verification_url(certificate)
    return {
        "certificate": certificate,
        "holder": public_holder_name(certificate),
        "address": address,
        "qr": core_pdf.qr_svg(address),
        "operator_name": operator_name,
        "generated": timezone.localdate(),
    }


def build(certificate, operator_name="Red ATT"):
    html = render_to_string("credentials/pdf/certificate.html", context(certificate, operator_name))
    return core_pdf.html_to_pdf(
        html,
        css=stylesheet(),
        base_url=links.base_url(),
        title=f"Certificado {certificate.display_code} · {certificate.title}",
        authors=[certificate.issuing_entity],
        created=certificate.issued_at.isoformat(),
    )


def download_name(certificate):
    return f"certificado-{certificate.display_code}.pdf"
