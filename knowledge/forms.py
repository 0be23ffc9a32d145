"""Readers' forms on a library item: "¿Le sirvió?", "La estamos aplicando" and its follow-up."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Adoption, UsefulnessAnswer

YES, NO = "si", "no"


class UsefulnessForm(forms.Form):
    useful = forms.ChoiceField(
        label=_("¿Le sirvió?"),
        choices=[(YES, _("Sí, me sirvió")), (NO, _("No me sirvió"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Elija sí o no.")},
    )
    reason = forms.ChoiceField(
        label=_("¿Por qué? (opcional)"),
        choices=[("", "—")] + UsefulnessAnswer.Reason.choices,
        required=False,
    )
    comment = forms.CharField(
        label=_("Comentario (opcional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
        help_text=_("Solo lo leen los editores de la biblioteca. No escriba datos personales."),
    )

    @classmethod
    def for_answer(cls, answer):
        """The form showing a reader's current answer, ready to change."""
        if answer is None:
            return cls()
        initial = {"useful": YES if answer.useful else NO, "reason": answer.reason}
        initial["comment"] = answer.comment
        return cls(initial=initial)

    def answer(self):
        """(useful, reason, comment) to record."""
        data = self.cleaned_data
        return data["useful"] == YES, data["reason"], data["comment"]


class AdoptionForm(forms.Form):
    note = forms.CharField(
        label=_("Nota (opcional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=500,
        required=False,
        help_text=_("Por ejemplo: desde cuándo, con qué dependencia o qué adaptaron."),
    )


class FollowUpForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("¿Cómo les fue?"),
        choices=Adoption.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Elija cómo les fue.")},
    )
    outcome_note = forms.CharField(
        label=_("¿Por qué? (opcional)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        required=False,
        help_text=_(
            "Se publica en el recurso sin su nombre ni su entidad, y lo lee el jurado del "
            "Encuentro si la práctica se postula. No escriba datos personales."
        ),
    )

    @classmethod
    def for_adoption(cls, adoption, data=None):
        initial = {"outcome": adoption.outcome, "outcome_note": adoption.outcome_note}
        return cls(data, initial=initial)
