"""Sign-up, login and profile forms. The municipality and the entity are found by typing: a plain
text field resolved on the server (reference.finder), so it works without JavaScript, which only
adds suggestions as the member types (territory/finder.js).

Sign-up and login are django-allauth's forms (`ACCOUNT_FORMS`) with the project's profile fields,
the data-policy consent (`consent.SignUpConsentMixin`) and the staff session length added.
"""

from allauth.account import forms as allauth_forms
from allauth.core import context, ratelimit

from django import forms
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from core.singleline import SingleLineCharField
from reference.finder import find_entities, find_municipalities, municipality_label
from reference.models import Entity, Municipality

from .adapter import AccountAdapter
from .consent import SignUpConsentMixin, record_signup_consent
from .models import Profile
from .roles import MEMBERS
from .staff import limit_staff_session

PROFILE_FIELDS = ["entity", "entity_other", "position", "department", "municipality"]


class FinderField(SingleLineCharField):
    """A text field naming a row: shows the row's label, cleans to the typed text; the form
    resolves it (`clean_<name>`), since a shared name may need the chosen department."""

    def __init__(self, *, model, label_of, source, **kwargs):
        self.model, self.label_of = model, label_of
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 250)
        super().__init__(**kwargs)
        self.widget.attrs.update(
            {"autocomplete": "off", "data-finder": source, "spellcheck": "false"}
        )

    def prepare_value(self, value):
        """The instance's pk (an int, as a ModelForm's initial) shows as its label; typed text,
        a DANE code included, shows as typed."""
        if isinstance(value, self.model):
            return self.label_of(value)
        if isinstance(value, int):
            row = self.model.objects.filter(pk=value).first()
            return self.label_of(row) if row else ""
        return value


def municipality_field():
    return FinderField(
        model=Municipality,
        label_of=municipality_label,
        source=reverse_lazy("territory:find_municipality"),
        label=_("Municipio"),
        help_text=_(
            "Escriba el nombre, p. ej. «Mitú». Con su municipio le mostramos prácticas de "
            "municipios como el suyo."
        ),
    )


def entity_field():
    return FinderField(
        model=Entity,
        label_of=lambda entity: entity.name,
        source=reverse_lazy("territory:find_entity"),
        label=_("Entidad"),
        help_text=_(
            "Escriba el nombre o la sigla, p. ej. «Alcaldía de Mitú», «Gobernación del Chocó» "
            "o «DNP»."
        ),
    )


def listed(rows, label_of):
    return ", ".join(f"«{label_of(row)}»" for row in rows[:6])


class TerritoryFieldsMixin:
    """Resolves the typed municipality and entity, and checks the department/municipality pair."""

    def clean_municipality(self):
        text = self.cleaned_data.get("municipality", "")
        if not text:
            return None
        found = find_municipalities(text, self.cleaned_data.get("department"))
        if len(found) == 1:
            return found[0]
        if found:
            raise forms.ValidationError(
                _("Hay varios municipios con ese nombre: escriba uno de estos: %(options)s.")
                % {"options": listed(found, municipality_label)}
            )
        raise forms.ValidationError(
            _(
                "No encontramos «%(text)s». Escriba el nombre como aparece en DIVIPOLA, p. ej. "
                "«Carmen del Darién (Chocó)», o su código DANE de cinco dígitos."
            )
            % {"text": text}
        )

    def clean_entity(self):
        text = self.cleaned_data.get("entity", "")
        if not text:
            return None
        found = find_entities(text)
        if len(found) == 1:
            return found[0]
        if found:
            raise forms.ValidationError(
                _("Hay varias entidades con ese nombre o sigla: %(options)s.")
                % {"options": listed(found, lambda entity: entity.name)}
            )
        raise forms.ValidationError(
            _(
                "No encontramos «%(text)s» en la lista de entidades. Escriba el nombre completo "
                "(p. ej. «Alcaldía de Mitú») o, si no está, déjelo en blanco y escríbalo en "
                "«Otra entidad»."
            )
            % {"text": text}
        )

    def clean_territory(self, cleaned_data):
        department = cleaned_data.get("department")
        municipality = cleaned_data.get("municipality")
        if municipality and not department:
            cleaned_data["department"] = municipality.department
        elif municipality and municipality.department_id != department.pk:
            self.add_error("municipality", _("El municipio no pertenece al departamento elegido."))
        return cleaned_data


class SignupForm(TerritoryFieldsMixin, SignUpConsentMixin, allauth_forms.SignupForm):
    """A new member: account, names, where they work, consent. The account signs in only once its
    e-mail is verified; an address already registered gets the same answer (and a mail saying so
    to its owner), never an error."""

    first_name = SingleLineCharField(label=_("Nombres"), max_length=150)
    last_name = SingleLineCharField(label=_("Apellidos"), max_length=150)
    entity = entity_field()
    entity_other = Profile._meta.get_field("entity_other").formfield(form_class=SingleLineCharField)
    position = Profile._meta.get_field("position").formfield(form_class=SingleLineCharField)
    department = Profile._meta.get_field("department").formfield(required=False)
    municipality = municipality_field()

    field_order = [
        "username", "first_name", "last_name", "email", "password1", "password2", *PROFILE_FIELDS,
    ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Correo electrónico")
        self.fields["email"].help_text = _(
            "Le enviaremos un enlace para confirmarlo. Lo usamos para recuperar su contraseña y "
            "enviarle los avisos que usted elija."
        )

    def clean(self):
        cleaned_data = self.clean_territory(super().clean())
        # Per address as well as per IP (ACCOUNT_RATE_LIMITS["signup_address"]), counted only for
        # forms that would go through, and the same for registered and new addresses.
        email = cleaned_data.get("email")
        if (
            email
            and not self._errors
            and not ratelimit.consume(context.request, action="signup_address", key=email)
        ):
            raise forms.ValidationError(AccountAdapter.error_messages["rate_limited"])
        return cleaned_data

    def try_save(self, request):
        if self.account_already_exists:
            # Creating an account costs a password hash; an address already registered costs the
            # same, so the response time does not tell the two apart.
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)

    def signup(self, request, user):
        """allauth's hook, once the user is saved: profile, the Miembros role, the consent."""
        profile = user.profile
        for name in PROFILE_FIELDS:
            setattr(profile, name, self.cleaned_data.get(name) or getattr(profile, name))
        profile.save()
        user.groups.add(Group.objects.get(name=MEMBERS))
        record_signup_consent(user, show_identity=self.cleaned_data.get("show_identity", False))


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Usuario o correo electrónico")

    def login(self, request, redirect_url=None):
        response = super().login(request, redirect_url=redirect_url)
        # After allauth has set the session's length; before the two-factor step, whose login
        # keeps it.
        limit_staff_session(request, self.user)
        return response


class ProfileForm(TerritoryFieldsMixin, forms.ModelForm):
    """Names and where the member works. The e-mail changes at `account_email`, which verifies the
    new address before it replaces the old one."""

    first_name = SingleLineCharField(label=_("Nombres"), max_length=150)
    last_name = SingleLineCharField(label=_("Apellidos"), max_length=150)
    entity = entity_field()
    municipality = municipality_field()

    class Meta:
        model = Profile
        fields = PROFILE_FIELDS
        field_classes = {"entity_other": SingleLineCharField, "position": SingleLineCharField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        for name in ("first_name", "last_name"):
            self.fields[name].initial = getattr(user, name)
        self.order_fields(["first_name", "last_name", *PROFILE_FIELDS])

    def clean(self):
        return self.clean_territory(super().clean())

    def save(self, commit=True):
        profile = super().save(commit=commit)
        user = profile.user
        for name in ("first_name", "last_name"):
            setattr(user, name, self.cleaned_data[name])
        if commit:
            user.save(update_fields=["first_name", "last_name"])
        return profile
