"""The forms of peers: the consent box, the question, the answer, the report, publishing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.singleline import SingleLineCharField

from .models import CONTACT_TEXT

MARKDOWN_HELP = _("Puede usar Markdown sencillo: **negrita**, listas y enlaces.")


class ContactForm(forms.Form):
    contactable = forms.BooleanField(
        required=False,
        label=CONTACT_TEXT,
        label_suffix="",
        help_text=_(
            "Opcional. Si lo acepta, en las guías y prácticas que su entidad aplica se verá el "
            "nombre de su entidad y, para quienes hayan ingresado, su nombre (como usted "
            "autorizó mostrarlo) con un enlace para escribirle por la plataforma; nunca su "
            "correo. Puede retirarlo cuando quiera."
        ),
    )


class QuestionForm(forms.Form):
    subject = SingleLineCharField(label=_("Asunto"), max_length=150)
    body = forms.CharField(
        label=_("Su pregunta"), max_length=4000, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=MARKDOWN_HELP,
    )  # fmt: skip


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Su respuesta"), max_length=4000, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=MARKDOWN_HELP,
    )  # fmt: skip


class ReportForm(forms.Form):
    reason = SingleLineCharField(
        label=_("¿Por qué la reporta?"), max_length=300, required=False,
        help_text=_("La pregunta dejará de verse en su bandeja y la revisarán los moderadores."),
    )  # fmt: skip


class PublishForm(forms.Form):
    publish = forms.BooleanField(
        required=False,
        label=_("Publicar esta pregunta y su respuesta"),
        label_suffix="",
        help_text=_(
            "Se publica en la página del recurso solo cuando las dos personas lo aceptan, con el "
            "nombre que cada una autorizó mostrar. Puede retirarlo cuando quiera."
        ),
    )
