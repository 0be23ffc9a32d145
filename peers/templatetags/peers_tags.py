"""What other areas' templates show of peers: the section on a guide or practice ("¿Quién ya lo
aplicó en un municipio como el mío?" and the published questions), and the consent box on the
member's profile. Templates are not import-checked, so the library needs no import of peers."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from community.markup import render_markdown

from ..consent import is_contactable
from ..forms import ContactForm
from ..people import peers_of, published_questions
from ..permissions import may_be_asked_about

register = template.Library()


@register.inclusion_tag("peers/includes/section.html", takes_context=True)
def peers_section(context, page):
    request = context.get("request")
    if request is None or not may_be_asked_about(page):
        return {"shown": False}
    return {
        "shown": True,
        "page": page,
        "user": request.user,
        "peers": peers_of(page, request.user),
        "published": published_questions(page),
        "next": request.get_full_path(),
    }


@register.inclusion_tag("peers/includes/contact_choice.html", takes_context=True)
def peer_contact_choice(context):
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {"shown": False}
    form = ContactForm(initial={"contactable": is_contactable(request.user)})
    return {
        "shown": True,
        "form": form,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def peer_markdown(text):
    """A question or answer as HTML, through the community's one sanitiser."""
    return mark_safe(render_markdown(text))  # noqa: S308 - bleach-cleaned by render_markdown


@register.filter
def peer_subject(question):
    return question.subject or gettext("Pregunta retirada")
