"""Habeas data consent (Ley 1581 de 2012): express at sign-up, proven with version and time, asked
again when the policy changes."""

import pytest

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.models import Site

from accounts.consent import SignUpConsentMixin, record_signup_consent
from accounts.factories import UserFactory
from accounts.policy import Consent, PolicyVersion, PrivacyPolicyPage
from demo import accounts as accounts_demo

pytestmark = pytest.mark.django_db
POLICY_URL = "/cuenta/politica-de-datos/"
ACCEPT_URL = "/cuenta/politica-de-datos/aceptar/"


class Log:
    stream = None

    def step(self, message):
        pass


class SimpleSignUpForm(SignUpConsentMixin, forms.Form):
    name = forms.CharField()


@pytest.fixture
def policy_page(db):
    accounts_demo.seed_policy_page(Log())
    return PrivacyPolicyPage.objects.get()


def publish_new_version(page, number, summary="Ahora compartimos la lista de inscritos."):
    page.version = number
    page.changes_summary = summary
    page.full_clean()
    page.save_revision().publish()


def test_both_consent_boxes_start_unticked_and_the_policy_links_to_its_text():
    html = str(SimpleSignUpForm())
    assert "checked" not in html
    assert f'href="{POLICY_URL}"' in html
    assert "He leído y acepto la" in html
    assert "Autorizo mostrar mi nombre y entidad en mis publicaciones y perfil" in html


def test_signing_up_without_ticking_the_policy_is_refused_tacit_consent_is_not_valid():
    form = SimpleSignUpForm({"name": "Ana", "show_identity": "on"})
    assert not form.is_valid()
    assert "debe leer y aceptar la Política" in str(form.errors["accept_policy"])
    assert SimpleSignUpForm({"name": "Ana", "accept_policy": "on"}).is_valid()


def test_the_public_identity_box_is_optional_and_goes_after_the_data_it_is_about():
    form = SimpleSignUpForm({"name": "Ana", "accept_policy": "on"})
    assert form.is_valid()
    assert form.cleaned_data["show_identity"] is False
    assert list(form.fields)[-2:] == ["accept_policy", "show_identity"]


def test_signup_consent_is_stored_with_the_policy_version_text_and_time():
    user = UserFactory(consent=False)
    before = timezone.now()
    form = SimpleSignUpForm({"name": "Ana", "accept_policy": "on"})
    assert form.is_valid()
    form.record_consent(user)
    policy = Consent.objects.get(user=user, kind=Consent.Kind.POLICY)
    identity = Consent.objects.get(user=user, kind=Consent.Kind.PUBLIC_IDENTITY)
    assert policy.granted and policy.policy_version == PolicyVersion.objects.current()
    assert policy.policy_version.number == 1
    assert "Sus derechos" in policy.policy_version.text  # the very text accepted is kept
    assert before <= policy.created_at <= timezone.now()
    assert policy.text == "He leído y acepto la Política de tratamiento de datos personales"
    assert identity.granted is False  # the "no" is recorded too
    user.profile.refresh_from_db()
    assert user.profile.policy_version_accepted == 1
    assert user.profile.public_identity is False


def test_the_policy_link_works_before_any_policy_page_exists(client):
    response = client.get(POLICY_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Política de tratamiento de datos personales" in html
    assert "Sus derechos" in html and "Superintendencia de Industria y Comercio" in html


def test_the_policy_link_leads_to_the_page_editors_maintain_linked_from_every_footer(
    client, policy_page
):
    response = client.get(POLICY_URL)
    assert response.status_code == 302 and response["Location"] == policy_page.url
    page = client.get(policy_page.url).content.decode()
    assert "Versión 1" in page and "Cómo ejercer sus derechos" in page
    home = client.get(Site.objects.get(is_default_site=True).root_page.url).content.decode()
    assert f'href="{POLICY_URL}"' in home


def test_editors_cannot_lower_the_version_nor_raise_it_without_summarising_the_changes(
    policy_page,
):
    publish_new_version(policy_page, 2)
    policy_page.version = 1
    with pytest.raises(ValidationError, match="no puede bajar"):
        policy_page.full_clean()
    policy_page.version, policy_page.changes_summary = 3, ""
    with pytest.raises(ValidationError, match="Resuma los cambios"):
        policy_page.full_clean()


def test_a_new_version_is_accepted_at_next_login_before_anything_else(client, member, policy_page):
    publish_new_version(policy_page, 2)
    client.force_login(member)
    response = client.get("/buscar/?q=catastro")
    assert response.status_code == 302
    assert response["Location"].startswith(ACCEPT_URL)
    assert client.post("/cuenta/perfil/", {"position": "X"})["Location"].startswith(ACCEPT_URL)
    # The policy itself, "Mis datos" and static files stay reachable.
    assert client.get(policy_page.url).status_code == 200
    assert client.get("/cuenta/mis-datos/").status_code == 200
    assert client.get("/static/css/site.css").status_code == 200
    page = client.get(response["Location"]).content.decode()
    assert "Usted aceptó la versión 1" in page
    assert "Ahora compartimos la lista de inscritos." in page  # the changes, summarised
    assert 'name="accept"' in page and "checked" not in page
    refused = client.post(ACCEPT_URL, {"next": "/buscar/?q=catastro"})
    assert refused.status_code == 200  # not ticked: nothing recorded
    assert not Consent.objects.filter(user=member, policy_version__number=2).exists()
    accepted = client.post(ACCEPT_URL, {"accept": "on", "next": "/buscar/?q=catastro"})
    assert accepted["Location"] == "/buscar/?q=catastro"
    consent = Consent.objects.filter(user=member, kind=Consent.Kind.POLICY).first()
    assert consent.policy_version.number == 2
    assert client.get("/buscar/?q=catastro").status_code == 200


def test_fixing_a_typo_under_the_same_number_asks_nobody_but_keeps_the_new_text(
    client, member, policy_page
):
    policy_page.body = policy_page.body.replace("lenguaje claro", "un lenguaje claro")
    policy_page.save_revision().publish()
    assert PolicyVersion.objects.current().number == 1
    assert "un lenguaje claro" in PolicyVersion.objects.current().text
    client.force_login(member)
    assert client.get("/buscar/").status_code == 200


def test_an_existing_account_without_consent_must_accept_at_its_next_login(client):
    old_account = UserFactory(username="cuenta_antigua", consent=False)
    client.force_login(old_account)
    response = client.get("/buscar/")
    assert response["Location"].startswith(ACCEPT_URL)
    page = client.get(ACCEPT_URL).content.decode()
    assert "Acepte la Política de tratamiento de datos personales" in page
    client.post(ACCEPT_URL, {"accept": "on"})
    assert client.get("/buscar/").status_code == 200


def test_consent_recorded_just_after_login_lets_the_member_through(client):
    """Sign-up flows may log the new member in before the form records the consent."""
    newcomer = UserFactory(consent=False)
    client.force_login(newcomer)
    record_signup_consent(newcomer, show_identity=False)
    assert client.get("/buscar/").status_code == 200


SIGNUP = {
    "username": "nueva_funcionaria",
    "first_name": "Rosa",
    "last_name": "Cuero",
    "email": "rosa@example.org",
    "password1": "una-clave-muy-segura-2026",
    "password2": "una-clave-muy-segura-2026",
    "position": "Secretaria de planeación",
    "entity_other": "Alcaldía de Tumaco",
}


def test_the_real_signup_form_refuses_an_unticked_policy_box(client):
    page = client.get("/cuenta/registro/").content.decode()
    assert 'name="accept_policy"' in page and f'href="{POLICY_URL}"' in page
    response = client.post("/cuenta/registro/", SIGNUP)
    assert response.status_code == 200
    assert "debe leer y aceptar la Política" in response.content.decode()
    assert not Consent.objects.exists()


def test_the_real_signup_form_stores_both_answers_with_version_and_time(client):
    client.post("/cuenta/registro/", {**SIGNUP, "accept_policy": "on", "show_identity": "on"})
    consents = Consent.objects.filter(user__username="nueva_funcionaria", granted=True)
    assert {(c.kind, c.policy_version.number, c.source) for c in consents} == {
        ("politica", 1, "registro"),
        ("identidad", 1, "registro"),
    }
