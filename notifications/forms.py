from django import forms

from .models import EmailPreference


class EmailPreferenceForm(forms.ModelForm):
    class Meta:
        model = EmailPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
