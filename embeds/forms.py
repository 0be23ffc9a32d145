"""The webmasters' choice: which list, for which department."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reference.models import Department

LISTS = [
    ("practicas", gettext_lazy("Buenas prácticas de mi departamento")),
    ("cursos", gettext_lazy("Próximos cursos")),
]


class EmbedCodeForm(forms.Form):
    lista = forms.ChoiceField(label=gettext_lazy("Lista"), choices=LISTS, initial="practicas")
    departamento = forms.ModelChoiceField(
        label=gettext_lazy("Departamento"),
        queryset=Department.objects.order_by("name"),
        to_field_name="code",
        required=False,
        empty_label=gettext_lazy("Todo el país"),
    )

    def frame_title(self):
        """The iframe's title attribute: what a screen reader announces for the frame."""
        label = dict(LISTS)[self.cleaned_data["lista"]]
        department = self.cleaned_data["departamento"]
        if department:
            return _("%(list)s: %(department)s · Red ATT") % {
                "list": label,
                "department": department.name,
            }
        return _("%(list)s · Red ATT") % {"list": label}
