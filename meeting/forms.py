"""Forms: a member's nomination, a juror's score sheet, the admin forms that guard the rubric."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from knowledge.models import PracticePage

from .models import Criterion, JuryAssignment, Nomination
from .models.rubric import FROZEN_MESSAGE, rubric_is_frozen
from .permissions import jury_candidates

SCORE_CHOICES = [("", _("Sin calificar"))] + [(str(n), str(n)) for n in range(1, 6)]


class NominationForm(forms.Form):
    practice = forms.ModelChoiceField(
        label=_("Buena práctica publicada"),
        queryset=PracticePage.objects.none(),
        help_text=_(
            "Solo aparecen las prácticas publicadas en la biblioteca que aún no se postularon."
        ),
    )
    category = forms.ModelChoiceField(label=_("Categoría"), queryset=None)
    statement = forms.CharField(
        label=_("Por qué la postula"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, edition, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.edition = edition
        self.fields["practice"].queryset = (
            PracticePage.objects.live().public().filter(nominations__isnull=True).order_by("title")
        )
        self.fields["category"].queryset = edition.categories.all()


class ScoreSheetForm(forms.Form):
    """One 1–5 choice and one comment per criterion; a draft may leave values empty."""

    def __init__(self, assignment, criteria, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        existing = {score.criterion_id: score for score in assignment.scores.all()}
        for criterion in self.criteria:
            score = existing.get(criterion.pk)
            self.fields[f"value_{criterion.pk}"] = forms.TypedChoiceField(
                label=f"{criterion.name} ({_('peso')} {criterion.weight})",
                choices=SCORE_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                help_text=criterion.description,
                initial=str(score.value) if score else "",
                widget=forms.RadioSelect,
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comentario sobre «%(name)s»") % {"name": criterion.name},
                required=False,
                max_length=4000,
                initial=score.comment if score else "",
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rows(self):
        """(criterion, value field, comment field) per criterion, for a fieldset each."""
        return [(c, self[f"value_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria]

    def values(self):
        return {
            criterion: (
                self.cleaned_data.get(f"value_{criterion.pk}"),
                self.cleaned_data.get(f"comment_{criterion.pk}", ""),
            )
            for criterion in self.criteria
        }


class CriterionAdminForm(WagtailAdminModelForm):
    class Meta:
        model = Criterion
        fields = ["edition", "name", "description", "weight", "sort_order"]

    def clean(self):
        cleaned = super().clean()
        editions = [self.instance.edition if self.instance.pk else None, cleaned.get("edition")]
        for edition in editions:
            if edition is not None and rubric_is_frozen(edition):
                raise forms.ValidationError(FROZEN_MESSAGE)
        return cleaned


class JuryAssignmentAdminForm(WagtailAdminModelForm):
    """Conflict of interest and jury membership are checked by the model's clean()."""

    class Meta:
        model = JuryAssignment
        fields = ["nomination", "juror"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["juror"].queryset = (
            get_user_model().objects.filter(jury_candidates()).order_by("username").distinct()
        )


class NominationAdminForm(WagtailAdminModelForm):
    class Meta:
        model = Nomination
        fields = ["edition", "practice", "category", "statement", "status"]
