"""Forms members and moderators fill in; every error message in Spanish, nothing typed lost."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.singleline import SingleLineCharField
from reference.models import CapacityLevel, CapacityType, Department, Sector

from .models import ModerationLog, SpacePage, Thread

MARKDOWN_HELP = _(
    "Puede usar Markdown: **negrita**, *cursiva*, listas con guiones, > para citar, "
    "[texto](https://enlace). Mencione a alguien con @usuario."
)


def terms_field(model, label, checkboxes=True):
    """An optional choice of reference vocabulary terms (capacity levels, types, sectors)."""
    widget = forms.CheckboxSelectMultiple if checkboxes else forms.SelectMultiple
    return forms.ModelMultipleChoiceField(
        model.objects.all(), required=False, label=label, widget=widget
    )


class PostForm(forms.Form):
    source = forms.CharField(
        label=_("Mensaje"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        help_text=MARKDOWN_HELP,
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_source(self):
        source = self.cleaned_data["source"].strip()
        if len(source) < 2:
            raise forms.ValidationError(_("Escriba un mensaje de al menos dos caracteres."))
        return source


class ThreadForm(PostForm):
    title = SingleLineCharField(label=_("Título"), max_length=200, min_length=5)
    category = forms.ChoiceField(
        label=_("Categoría"),
        choices=[c for c in Thread.Category.choices if c[0] != Thread.Category.PRACTICE],
    )
    capacity_levels = terms_field(CapacityLevel, _("Niveles de capacidad"))
    capacity_types = terms_field(CapacityType, _("Tipos de capacidad"))
    sectors = terms_field(Sector, _("Sectores"), checkboxes=False)

    field_order = ["title", "category", "source", "capacity_levels", "capacity_types", "sectors"]

    def taxonomy(self):
        return {
            name: self.cleaned_data[name]
            for name in ("capacity_levels", "capacity_types", "sectors")
        }


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Motivo"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Lo verán los moderadores y, si se oculta algo, su autor."),
    )


class ModerateThreadForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Acción"),
        choices=[
            c
            for c in ModerationLog.Action.choices
            if c[0] not in {ModerationLog.Action.HIDE_POST, ModerationLog.Action.APPROVE_POST}
            and c[0] != ModerationLog.Action.APPROVE_MEMBER
        ],
    )
    target_space = forms.ModelChoiceField(
        SpacePage.objects.none(), required=False, label=_("Mover a (solo para «mover»)")
    )
    reason = SingleLineCharField(label=_("Motivo"), max_length=300, required=False)

    def __init__(self, *args, spaces=None, **kwargs):
        super().__init__(*args, **kwargs)
        if spaces is not None:
            self.fields["target_space"].queryset = spaces

    def clean(self):
        data = super().clean()
        if data.get("action") == ModerationLog.Action.MOVE and not data.get("target_space"):
            self.add_error("target_space", _("Elija el espacio al que se mueve el hilo."))
        if data.get("action") == ModerationLog.Action.HIDE_THREAD and not data.get("reason"):
            self.add_error("reason", _("Diga por qué se oculta el hilo."))
        return data


class PracticeForm(forms.Form):
    """The best-practice fields of the library, in plain text (paragraphs separated by a blank
    line)."""

    title = SingleLineCharField(label=_("Nombre de la práctica"), max_length=200, min_length=5)
    summary = forms.CharField(
        label=_("Resumen"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    problem = forms.CharField(label=_("Problema que resolvió"), widget=forms.Textarea)
    solution = forms.CharField(label=_("Qué se hizo (solución)"), widget=forms.Textarea)
    results = forms.CharField(
        label=_("Resultados y evidencia"), widget=forms.Textarea, required=False
    )
    replication_conditions = forms.CharField(
        label=_("Condiciones para replicarla"), widget=forms.Textarea
    )
    resources_required = forms.CharField(
        label=_("Recursos que requirió"), widget=forms.Textarea, required=False
    )
    departments = terms_field(Department, _("Territorio (departamentos)"), checkboxes=False)
    capacity_types = terms_field(CapacityType, _("Tipos de capacidad"))
    sectors = terms_field(Sector, _("Sectores"), checkboxes=False)
    space = forms.ModelChoiceField(
        SpacePage.objects.none(),
        required=False,
        label=_("Espacio donde se conversa"),
        help_text=_("Se abre allí un hilo de «buena práctica» que enlaza a la página."),
    )

    def __init__(self, *args, spaces=None, **kwargs):
        super().__init__(*args, **kwargs)
        if spaces is not None:
            self.fields["space"].queryset = spaces
