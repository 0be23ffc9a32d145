"""The member's forms: the course survey (four 1–5 questions, whether they would recommend it,
comments) and the session check-in code."""

from django import forms
from django.utils.translation import gettext_lazy as _

SCORES = [(score, str(score)) for score in range(1, 6)]
YES, NO = "si", "no"
QUESTION_FIELDS = ("satisfaction", "usefulness", "content_quality", "organisation")


def score_field(label):
    return forms.TypedChoiceField(
        label=label,
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 es muy mal y 5 es muy bien."),
        error_messages={
            "required": _("Elija un valor de 1 a 5."),
            "invalid_choice": _("Elija un valor de 1 a 5."),
        },
    )


class SurveyForm(forms.Form):
    satisfaction = score_field(_("En general, ¿qué tan satisfecho quedó con el curso?"))
    usefulness = score_field(_("¿Qué tan útil es lo aprendido para su trabajo?"))
    content_quality = score_field(_("¿Cómo califica la calidad de los contenidos?"))
    organisation = score_field(_("¿Cómo califica la organización (fechas, lugar, plataforma)?"))
    would_recommend = forms.ChoiceField(
        label=_("¿Recomendaría este curso a un colega?"),
        choices=[(YES, _("Sí")), (NO, _("No"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Elija sí o no.")},
    )
    comments = forms.CharField(
        label=_("Comentarios (opcional)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
        help_text=_(
            "Quien publica el curso los lee sin su nombre, junto con los de las demás personas. "
            "No escriba datos personales."
        ),
    )

    @classmethod
    def for_answer(cls, answer, data=None):
        """The form showing the member's current answer, ready to change."""
        initial = {}
        if answer is not None:
            initial = {name: getattr(answer, name) for name in QUESTION_FIELDS}
            initial["would_recommend"] = YES if answer.would_recommend else NO
            initial["comments"] = answer.comments
        return cls(data, initial=initial)

    def answers(self):
        """The model fields to record."""
        data = self.cleaned_data
        answers = {name: data[name] for name in QUESTION_FIELDS}
        answers["would_recommend"] = data["would_recommend"] == YES
        answers["comments"] = data["comments"].strip()
        return answers


class CheckInForm(forms.Form):
    """The code shown in the room; the check-in itself is `training.attendance.check_in`."""

    code = forms.CharField(
        label=_("Código de la sesión"),
        max_length=12,
        help_text=_("Seis números, como se muestran en la sala."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={"required": _("Escriba el código que se muestra en la sala.")},
    )
