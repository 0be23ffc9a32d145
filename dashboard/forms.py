"""The dashboard's filter: a period (both days included, the last 90 days by default) and,
optionally, one department."""

from django import forms
from django.utils.translation import gettext_lazy

from reference.models import Department
from search.reports import PeriodForm


class DashboardFilter(PeriodForm):
    """The demand report's period, plus an optional department."""

    departamento = forms.ModelChoiceField(
        label=gettext_lazy("Departamento"),
        queryset=Department.objects.order_by("name"),
        to_field_name="code",
        required=False,
        empty_label=gettext_lazy("Todos los departamentos"),
        error_messages={"invalid_choice": gettext_lazy("Elija un departamento de la lista.")},
    )

    def days(self):
        """(first day, last day), for filters on date fields."""
        return self.cleaned_data["desde"], self.cleaned_data["hasta"]

    def department(self):
        return self.cleaned_data.get("departamento")

    def as_query(self):
        """The chosen filter as query-string pairs, for the CSV links."""
        pairs = {"desde": self.cleaned_data["desde"].isoformat()}
        pairs["hasta"] = self.cleaned_data["hasta"].isoformat()
        if self.department():
            pairs["departamento"] = self.department().code
        return pairs
