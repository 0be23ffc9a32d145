"""The member hears of each certificate issued to them, through the site's notices (in-site, and
e-mail by their preference): "Su certificado de … está listo", linking to "Mis certificados"."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from notifications import kinds
from notifications.notify import send

CERTIFICATE = kinds.register("certificado", gettext_lazy("Sus certificados"))


def certificate_issued(certificate):
    user = certificate.user
    if user is None or not user.is_active:
        return
    if certificate.kind == certificate.Kind.COURSE:
        text = _("Su certificado del curso «%(title)s» está listo: descárguelo o verifíquelo.")
    else:
        text = _("Recibió un reconocimiento del encuentro: «%(title)s». Descárguelo aquí.")
    send(
        [user],
        CERTIFICATE,
        text % {"title": certificate.title},
        reverse("my_certificates:list"),
        key=f"certificado-{certificate.pk}",
    )
