"""The pages Res. MinTIC 1519 de 2020 asks every government site to link from its footer: terms of
use, accessibility statement (both edited in "Configuración") and a site map for people."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from .operator import OperatorSettings


def legal_text(request, field, title):
    """Terms and accessibility share one template: a title and the editors' rich text."""
    operator = OperatorSettings.for_request(request)
    context = {"title": title, "body": getattr(operator, field), "operator": operator}
    return render(request, "home/legal_text.html", context)


def terms_of_use(request):
    return legal_text(request, "terms_of_use", _("Términos de uso"))


def accessibility(request):
    return legal_text(request, "accessibility_statement", _("Declaración de accesibilidad"))


def site_map(request):
    """The site's sections as a reader sees them (live and public), then the services."""
    site = Site.find_for_request(request)
    sections = []
    if site is not None:
        sections = site.root_page.get_children().live().public().specific()
    services = [
        (_("Buscar"), reverse("search:search")),
        (_("Ingresar"), reverse("accounts:login")),
        (_("Crear cuenta"), reverse("accounts:signup")),
        (_("Política de tratamiento de datos personales"), reverse("accounts:policy")),
        (_("Términos de uso"), reverse("home:terms")),
        (_("Declaración de accesibilidad"), reverse("home:accessibility")),
        (_("Datos abiertos (API)"), reverse("wagtailapi:pages:listing")),
        (_("Mapa del sitio para buscadores (XML)"), reverse("sitemap")),
    ]
    return render(request, "home/site_map.html", {"sections": sections, "services": services})
