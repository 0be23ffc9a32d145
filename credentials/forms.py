"""The publisher's forms: issue a certificate by hand (with the reason) and revoke one."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _


class IssueForm(forms.Form):
    username = forms.CharField(
        label=_("Usuario o correo de la persona"),
        max_length=254,
        help_text=_("Como aparece en su cuenta de Red ATT."),
    )
    cohort = forms.ModelChoiceField(
        label=_("Convocatoria"),
        queryset=None,
        required=False,
        empty_label=_("Ninguna (fuera de una convocatoria)"),
    )
    reason = forms.CharField(
        label=_("Motivo de la expedición manual"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Por qué se expide fuera de las reglas del curso: queda registrado."),
    )

    def __init__(self, *args, course, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = course.cohorts.order_by("-start_date")

    def clean_username(self):
        typed = self.cleaned_data["username"].strip()
        users = get_user_model().objects.filter(is_active=True)
        user = (users.filter(username__iexact=typed) | users.filter(email__iexact=typed)).first()
        if user is None:
            raise forms.ValidationError(_("No hay una cuenta activa con ese usuario o correo."))
        return user


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Motivo de la revocación"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("La página de verificación lo muestra a quien consulte el código."),
    )
