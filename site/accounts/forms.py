"""Sign-up, profile and password-reset forms. Territory selects group municipalities by
department."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from siteconf import mail
from siteconf.reference.models import Municipality
from siteconf.singleline import SingleLineCharField

from .models import Profile

User = get_user_model()
PROFILE_FIELDS = ["entity", "entity_other", "position", "department", "municipality"]


def municipalities_by_department():
    groups = {}
    for municipality in Municipality.objects.select_related("department"):
        groups.setdefault(municipality.department.name, []).append(
            (municipality.pk, municipality.name)
        )
    return [("", "—")] + sorted(groups.items())


class TerritoryFieldsMixin:
    """Shared validation and grouped choices for the department/municipality pair."""

    def setup_territory_fields(self):
        self.fields["municipality"].choices = municipalities_by_department()
        self.fields["municipality"].widget.attrs["data-filter-by"] = "id_department"

    def clean_territory(self, cleaned_data):
        department = cleaned_data.get("department")
        municipality = cleaned_data.get("municipality")
        if municipality and not department:
            cleaned_data["department"] = municipality.department
        elif municipality and municipality.department_id != department.pk:
            self.add_error("municipality", _("El municipio no pertenece al departamento elegido."))
        return cleaned_data


class SignUpForm(TerritoryFieldsMixin, UserCreationForm):
    first_name = SingleLineCharField(label=_("Nombres"), max_length=150)
    last_name = SingleLineCharField(label=_("Apellidos"), max_length=150)
    email = forms.EmailField(
        label=_("Correo electrónico"),
        help_text=_("Lo usamos para recuperar su contraseña y enviarle avisos que usted elija."),
    )
    entity = Profile._meta.get_field("entity").formfield(required=False)
    entity_other = Profile._meta.get_field("entity_other").formfield(form_class=SingleLineCharField)
    position = Profile._meta.get_field("position").formfield(form_class=SingleLineCharField)
    department = Profile._meta.get_field("department").formfield(required=False)
    municipality = Profile._meta.get_field("municipality").formfield(required=False)

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ["username", "first_name", "last_name", "email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_territory_fields()

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("Ya existe una cuenta con este correo. ¿Olvidó su contraseña?")
            )
        return email

    def clean(self):
        return self.clean_territory(super().clean())

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            profile = user.profile
            for name in PROFILE_FIELDS:
                setattr(profile, name, self.cleaned_data.get(name) or getattr(profile, name))
            profile.save()
        return user


class ProfileForm(TerritoryFieldsMixin, forms.ModelForm):
    first_name = SingleLineCharField(label=_("Nombres"), max_length=150)
    last_name = SingleLineCharField(label=_("Apellidos"), max_length=150)
    email = forms.EmailField(label=_("Correo electrónico"))

    class Meta:
        model = Profile
        fields = PROFILE_FIELDS
        field_classes = {"entity_other": SingleLineCharField, "position": SingleLineCharField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        for name in ("first_name", "last_name", "email"):
            self.fields[name].initial = getattr(user, name)
        self.order_fields(["first_name", "last_name", "email", *PROFILE_FIELDS])
        self.setup_territory_fields()

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        taken = User.objects.filter(email__iexact=email).exclude(pk=self.instance.user_id)
        if taken.exists():
            raise forms.ValidationError(_("Otra cuenta ya usa este correo."))
        return email

    def clean(self):
        return self.clean_territory(super().clean())

    def save(self, commit=True):
        profile = super().save(commit=commit)
        user = profile.user
        for name in ("first_name", "last_name", "email"):
            setattr(user, name, self.cleaned_data[name])
        if commit:
            user.save(update_fields=["first_name", "last_name", "email"])
        return profile


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form; its e-mail leaves through the task worker like every other (siteconf.mail)."""

    def send_mail(self, subject_template, body_template, context, from_email, to_email, **kwargs):
        subject = render_to_string(subject_template, context)
        mail.send(subject, render_to_string(body_template, context), [to_email])
