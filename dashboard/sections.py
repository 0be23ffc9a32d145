"""The dashboard's three sections, in the order the page shows them, each naming its figures."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import courses, demand, feedback  # noqa: F401 - they register their figures
from .figures import build


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    intro: str
    figures: tuple


SECTIONS = (
    Section(
        "demanda",
        _("Demanda"),
        _(
            "Lo que se busca en la plataforma, lo que se busca y no se encuentra, y las preguntas "
            "de la comunidad que aún esperan una respuesta aceptada."
        ),
        (
            "busquedas",
            "busquedas-sin-resultados",
            "preguntas-por-espacio",
            "preguntas-por-departamento",
        ),
    ),  # fmt: skip
    Section(
        "utilidad",
        _("Utilidad y aplicación de los recursos"),
        _(
            "Lo que respondieron los lectores en «¿Le sirvió?» y las entidades que registraron "
            "«La estamos aplicando», con lo que contaron seis meses después."
        ),
        ("le-sirvio", "la-estamos-aplicando"),
    ),
    Section(
        "formacion",
        _("Formación"),
        _("Cuántas personas se inscribieron, cuántas terminaron y qué tan satisfechas quedaron."),
        ("formacion-por-curso", "formacion-por-departamento"),
    ),
)


def built_sections(filters):
    """[(section, [figure, …])] for the page."""
    return [(section, [build(slug, filters) for slug in section.figures]) for section in SECTIONS]
