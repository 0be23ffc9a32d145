"""`{{ post.author|public_name }}`, `{{ post.author|public_entity }}` (see `accounts.identity`), and
`field_label` for the keys of "Mis datos"."""

from django import template

from accounts import identity

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
