"""The operating entity (Res. MinTIC 1519 de 2020, anexo 2): who runs the platform, how to reach
them, and the terms of use and accessibility statement, editable in the admin's "Configuración".

One settings record per Wagtail Site, so the footer of every page and the legal pages read the
same values without a page tree of their own.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

LEGAL_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def default_terms_text():
    """A start editors can adapt: the page must never be empty while the lawyers write theirs."""
    return (
        "<h2>Aceptación</h2><p>Al usar Red ATT usted acepta estos términos. Si no está de acuerdo, "
        "le pedimos no usar la plataforma.</p>"
        "<h2>Uso del contenido</h2><p>Las guías, lecciones y prácticas se publican para apoyar la "
        "asistencia técnica territorial. Puede reutilizarlas citando la fuente y la entidad "
        "autora.</p>"
        "<h2>Participación en la comunidad</h2><p>Usted responde por lo que publica. No publique "
        "datos personales de terceros ni contenido ofensivo: los moderadores pueden ocultarlo.</p>"
        "<h2>Datos personales</h2><p>Sus datos se tratan según la política de tratamiento de datos "
        "personales publicada en este sitio.</p>"
    )


def default_accessibility_text():
    """States the target (WCAG 2.1 AA, NTC 5854) and how to report a barrier."""
    return (
        "<p>Red ATT busca cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, "
        "nivel AA, y la Norma Técnica Colombiana NTC 5854.</p>"
        "<h2>Qué hacemos</h2><ul><li>Páginas que se pueden recorrer solo con el teclado.</li>"
        "<li>Textos con contraste suficiente y que se pueden ampliar al 200 %.</li>"
        "<li>Funciones principales disponibles sin JavaScript.</li></ul>"
        "<h2>Reporte una barrera</h2><p>Si encuentra un contenido que no puede usar, escríbanos al "
        "correo de contacto que aparece al pie de cada página: le responderemos en un plazo máximo "
        "de quince días hábiles.</p>"
    )


@register_setting(icon="site")
class OperatorSettings(BaseSiteSetting):
    """The entity that runs Red ATT, shown in every page's footer."""

    name = models.CharField(
        _("entidad operadora"), max_length=200, default="Departamento Nacional de Planeación"
    )
    address = models.CharField(_("dirección"), max_length=200, blank=True)
    city = models.CharField(_("ciudad"), max_length=100, blank=True, default="Bogotá D. C.")
    phone = models.CharField(_("teléfono"), max_length=60, blank=True)
    email = models.EmailField(_("correo de contacto"), blank=True)
    hours = models.CharField(_("horario de atención"), max_length=200, blank=True)
    website = models.URLField(_("sitio web de la entidad"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo de la entidad"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo adicional"),
        help_text=_("Por ejemplo, el de una entidad aliada."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    terms_of_use = RichTextField(
        _("términos de uso"), features=LEGAL_TEXT_FEATURES, default=default_terms_text
    )
    accessibility_statement = RichTextField(
        _("declaración de accesibilidad"),
        features=LEGAL_TEXT_FEATURES,
        default=default_accessibility_text,
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("address"),
                FieldPanel("city"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("hours"),
                FieldPanel("website"),
            ],
            heading=_("Entidad operadora y contacto"),
        ),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("partner_logo")], heading=_("Logos")),
        FieldPanel("terms_of_use"),
        FieldPanel("accessibility_statement"),
    ]

    class Meta:
        verbose_name = _("entidad operadora y textos legales")
