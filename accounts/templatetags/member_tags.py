"""`{{ post.author|public_name }}`, `{{ post.author|public_entity }}` (see `accounts.identity`), and
`field_label` and `field_value` for the keys and values of "Mis datos"."""

import datetime

from django import template
from django.utils.translation import gettext as _

from accounts import identity
from core.templatetags.dates import fecha

register = template.Library()


@register.filter
def public_name(user):
    return identity.public_name(user)


@register.filter
def public_entity(user):
    return identity.public_entity(user)


# The inventory's keys are plain ASCII (stable in JSON and CSV); "Mis datos" shows them spelled.
ACCENTED = {
    "ultimo": "último", "version": "versión", "politica": "política",
    "conversacion": "conversación", "leccion": "lección", "edicion": "edición",
    "practica": "práctica", "categoria": "categoría", "paginas": "páginas", "titulo": "título",
    "autorizacion": "autorización", "leido": "leído", "leida": "leída", "donde": "dónde",
    "sirvio": "sirvió", "como": "cómo", "que": "qué",
}  # fmt: skip


@register.filter
def field_label(key):
    if key == "ip":
        return "IP"
    words = [ACCENTED.get(word, word) for word in str(key).split("_")]
    return " ".join(words).capitalize()


@register.filter
def field_value(value):
    """A value of "Mis datos" as the site writes it: sí/no, dates in the one date style."""
    if isinstance(value, bool):
        return _("sí") if value else _("no")
    if isinstance(value, datetime.datetime):
        return fecha(value)
    return "—" if value in (None, "") else value
