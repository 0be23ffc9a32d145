"""Titles, names and positions a member types stay on one line (core.singleline)."""

import pytest

from django import forms

from accounts.forms import ProfileForm, SignupForm
from community.forms import ModerateThreadForm, PostForm, PracticeForm, ReasonForm, ThreadForm
from core.singleline import SingleLineCharField, one_line
from knowledge.factories import create_library
from knowledge.models import LibraryIndexPage
from meeting.forms import NominationForm

MEMBER_FORMS = [
    PostForm,
    ThreadForm,
    ReasonForm,
    ModerateThreadForm,
    PracticeForm,
    SignupForm,
    ProfileForm,
    NominationForm,
]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Consulta\r\nsobre el predial", "Consulta sobre el predial"),
        ("Consulta \n\n sobre\tel predial", "Consulta sobre el predial"),
        ("  Secretaria de planeación\u2028", "Secretaria de planeación"),
        ("Alcaldía\x00 de\x1b[31m Pasto\x7f\x85", "Alcaldía de[31m Pasto"),
        ("Gestión  del catastro", "Gestión  del catastro"),  # what is not a break is kept
    ],
)
def test_breaks_become_one_space_and_other_controls_go(typed, kept):
    assert one_line(typed) == kept


@pytest.mark.parametrize("form_class", MEMBER_FORMS, ids=lambda form: form.__name__)
def test_every_one_line_field_a_member_fills_is_a_single_line_field(form_class):
    # username is held to letters, digits and @.+-_ by Django's own validator, email to an
    # address by its own (allauth's sign-up field is a text input typed "email").
    text_inputs = {
        name: field
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.CharField)
        and type(field.widget) is forms.TextInput
        and name not in ("username", "email")
    }
    for name, field in text_inputs.items():
        assert isinstance(field, SingleLineCharField), f"{form_class.__name__}.{name}"


def test_profile_fields_are_saved_on_one_line(member):
    data = {
        "first_name": "Ana\r\nMaría",
        "last_name": "Gómez",
        "email": "ana@example.org",
        "entity_other": "Alcaldía de\r\nPasto",
        "position": "Secretaria\tde planeación",
    }
    form = ProfileForm(data, instance=member.profile)
    assert form.is_valid(), form.errors
    form.save()
    member.refresh_from_db()
    assert member.first_name == "Ana María"
    assert member.profile.entity_other == "Alcaldía de Pasto"
    assert member.profile.position == "Secretaria de planeación"


def test_a_page_title_is_saved_on_one_line_whatever_saves_it(db):
    library = create_library()
    page = LibraryIndexPage(title="Guías de\r\ncatastro", slug="guias-catastro", live=False)
    library.add_child(instance=page)  # a draft: Wagtail's minimal validation
    assert LibraryIndexPage.objects.get(pk=page.pk).title == "Guías de catastro"
    page.title = "Guías de\ncatastro multipropósito"
    page.save_revision().publish()  # published: full validation
    assert LibraryIndexPage.objects.get(pk=page.pk).title == "Guías de catastro multipropósito"
