"""The form publishers fill in on the site: every error in Spanish, nothing typed lost."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import SpacePage
from core.singleline import SingleLineCharField

from .models import Event
from .permissions import can_publish_in, publishes_site_wide, spaces_to_publish_in

MOMENT_FORMAT = "%Y-%m-%dT%H:%M"


class MomentInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format=MOMENT_FORMAT, **kwargs)


class EventForm(forms.ModelForm):
    title = SingleLineCharField(label=_("Título"), max_length=200, min_length=5)
    place = SingleLineCharField(
        label=_("Lugar"), max_length=200, required=False,
        help_text=_("Dirección o sitio, si es presencial."),
    )  # fmt: skip

    online_url = forms.URLField(
        label=_("Enlace para conectarse"), required=False, assume_scheme="https",
        help_text=_("Si es en línea o híbrido."),
    )  # fmt: skip

    class Meta:
        model = Event
        fields = [
            "title", "kind", "starts_at", "ends_at", "description", "place", "online_url",
            "department", "municipality", "capacity", "space", "edition", "organiser", "status",
        ]  # fmt: skip
        widgets = {
            "starts_at": MomentInput(),
            "ends_at": MomentInput(),
            "description": forms.Textarea(attrs={"rows": 8}),
        }
        labels = {
            "starts_at": _("Empieza (hora de Colombia)"),
            "ends_at": _("Termina (hora de Colombia)"),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = [MOMENT_FORMAT, "%Y-%m-%d %H:%M"]
        space = self.fields["space"]
        # An event edited by its manager keeps its space, even one they do not moderate.
        space.queryset = spaces_to_publish_in(user) | SpacePage.objects.filter(
            pk=self.instance.space_id
        )
        if not publishes_site_wide(user):
            space.empty_label = None  # the one they moderate, or a choice among them
            space.help_text = _("Usted publica eventos en los espacios que modera.")
        else:
            space.empty_label = _("Ninguno: evento de toda la Red")
        if "municipality" in self.fields:
            municipality = self.fields["municipality"]
            municipality.queryset = municipality.queryset.select_related("department")
        if not self.instance.pk:  # a new event is published or saved as a draft
            self.fields["status"].choices = [
                c for c in Event.Status.choices if c[0] != Event.Status.CANCELLED
            ]
        self.fields["status"].help_text = _(
            "Al cancelar un evento se avisa a quienes confirmaron asistencia."
        )

    def clean_space(self):
        space = self.cleaned_data.get("space")
        unchanged = self.instance.pk and space is not None and space.pk == self.instance.space_id
        if not unchanged and not can_publish_in(self.user, space):
            raise forms.ValidationError(_("Elija uno de los espacios que usted modera."))
        return space
