"""Accounts as a visitor meets them: sign up, log in, recover a password, keep a profile.

What keeps them safe (verification, answers that do not tell, limits, two-factor, sessions) is
specified in test_account_security.py."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from accounts import roles
from reference.models import Department, Municipality

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def pasto(db):
    return Municipality.objects.get(code="52001")


def signup_data(**overrides):
    data = {
        "username": "nuevo_funcionario",
        "first_name": "Ana",
        "last_name": "Gómez",
        "email": "ana@example.org",
        "password1": "una-clave-muy-segura-2026",
        "password2": "una-clave-muy-segura-2026",
        "position": "Secretaria de planeación",
        "entity_other": "Alcaldía de Pasto",
        "accept_policy": "on",
    }
    data.update(overrides)
    return data


def test_signup_creates_a_member_with_profile_who_confirms_the_email_to_log_in(
    client, pasto, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave on commit
        response = client.post(
            "/cuenta/registro/",
            signup_data(department=pasto.department_id, municipality=pasto.code),
            follow=True,
        )
    user = User.objects.get(username="nuevo_funcionario")
    assert not response.context["user"].is_authenticated
    assert "Revise su correo" in response.content.decode()
    assert list(user.groups.values_list("name", flat=True)) == [roles.MEMBERS]
    assert user.profile.municipality == pasto
    assert user.profile.position == "Secretaria de planeación"
    (message,) = mail.outbox
    assert message.subject == "Red ATT: confirme su correo"
    assert "Hola, Ana:" in message.body
    link = re.search(r"https?://[^/]+(/cuenta/correo/confirmar/\S+)", message.body).group(1)
    response = client.post(link, follow=True)
    assert response.context["user"] == user


def test_signup_needs_the_data_policy_accepted(client):
    response = client.post("/cuenta/registro/", signup_data(accept_policy=""))
    assert "debe leer y aceptar la Política de tratamiento" in response.content.decode()
    assert not User.objects.filter(username="nuevo_funcionario").exists()


def test_signup_with_mismatched_passwords_keeps_what_was_typed(client):
    response = client.post("/cuenta/registro/", signup_data(password2="otra-cosa-distinta-99"))
    html = response.content.decode()
    assert response.status_code == 200
    assert not User.objects.filter(username="nuevo_funcionario").exists()
    assert "Debe escribir la misma contraseña cada vez." in html
    assert 'value="Secretaria de planeación"' in html
    assert 'value="ana@example.org"' in html


def test_signup_refuses_a_municipality_outside_the_chosen_department(client, pasto):
    antioquia = Department.objects.get(code="05")
    response = client.post(
        "/cuenta/registro/", signup_data(department=antioquia.pk, municipality=pasto.code)
    )
    assert "El municipio no pertenece al departamento elegido." in response.content.decode()
    assert not User.objects.filter(username="nuevo_funcionario").exists()


def test_signup_form_requires_csrf_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/cuenta/registro/", signup_data())
    assert response.status_code == 403
    assert not User.objects.filter(username="nuevo_funcionario").exists()


def test_login_with_username_or_email_and_logout(client, member):
    response = client.post(
        "/cuenta/ingresar/", {"login": member.email, "password": "clave-de-prueba-123"}
    )
    assert response.status_code == 302
    client.post("/cuenta/salir/")
    response = client.post(
        "/cuenta/ingresar/", {"login": member.username, "password": "clave-de-prueba-123"}
    )
    assert response.status_code == 302
    assert client.get("/cuenta/perfil/").status_code == 200
    client.post("/cuenta/salir/")
    assert client.get("/cuenta/perfil/").status_code == 302


def test_wrong_password_shows_a_spanish_error(client, member):
    response = client.post("/cuenta/ingresar/", {"login": member.username, "password": "x"})
    assert "El usuario y/o la contraseña que ha indicado no son correctos." in (
        response.content.decode()
    )


def test_profile_page_is_refused_to_anonymous_visitors(client):
    response = client.get("/cuenta/perfil/")
    assert response.status_code == 302
    assert response["Location"].startswith("/cuenta/ingresar/")


def test_member_updates_profile_territory_and_entity(member_client, member, pasto):
    response = member_client.post(
        "/cuenta/perfil/",
        {
            "first_name": "Marta",
            "last_name": "Benavides",
            "position": "Jefe de planeación",
            "entity_other": "Alcaldía de Pasto",
            "department": pasto.department_id,
            "municipality": pasto.code,
        },
        follow=True,
    )
    member.refresh_from_db()
    assert "Perfil actualizado." in response.content.decode()
    assert member.first_name == "Marta"
    assert member.profile.municipality == pasto
    assert member.profile.entity_name == "Alcaldía de Pasto"


def test_profile_offers_the_municipality_and_says_what_it_is_for(member_client, pasto):
    html = member_client.get("/cuenta/perfil/").content.decode()
    assert 'name="municipality"' in html
    assert 'data-finder="/municipios/buscar/municipios.json"' in html
    assert "municipios como el suyo" in html


def test_profile_refuses_a_municipality_outside_the_department_keeping_what_was_typed(
    member_client, member, pasto
):
    antioquia = Department.objects.get(code="05")
    response = member_client.post(
        "/cuenta/perfil/",
        {
            "first_name": "Marta",
            "last_name": "Benavides",
            "position": "Jefe de planeación",
            "department": antioquia.pk,
            "municipality": pasto.code,
        },
    )
    html = response.content.decode()
    assert "El municipio no pertenece al departamento elegido." in html
    assert 'value="Jefe de planeación"' in html
    member.refresh_from_db()
    assert member.profile.municipality is None


def test_password_reset_mails_a_working_link_in_spanish(
    client, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave on commit
        client.post("/cuenta/clave/recuperar/", {"email": member.email})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Red ATT: cree una contraseña nueva"
    link = re.search(r"https?://[^/]+(/cuenta/clave/nueva/\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Nueva contraseña" in form_page.content.decode()
    client.post(
        form_page.redirect_chain[-1][0],
        {"password1": "otra-clave-segura-2026", "password2": "otra-clave-segura-2026"},
    )
    member.refresh_from_db()
    assert member.check_password("otra-clave-segura-2026")


def test_member_changes_the_email_once_the_new_address_is_confirmed(
    member_client, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post("/cuenta/correo/", {"action_add": "", "email": "marta@example.org"})
    member.refresh_from_db()
    assert member.email == "miembro_prueba@example.org"  # not before it is confirmed
    (message,) = mail.outbox
    assert message.to == ["marta@example.org"]
    link = re.search(r"https?://[^/]+(/cuenta/correo/confirmar/\S+)", message.body).group(1)
    member_client.post(link)
    member.refresh_from_db()
    assert member.email == "marta@example.org"


def test_roles_exist_as_groups():
    from django.contrib.auth.models import Group

    assert set(roles.ALL_ROLES) <= set(Group.objects.values_list("name", flat=True))
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_editor_reaches_the_wagtail_admin_in_spanish(editor_client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="es' in html
    assert "P\\u00e1ginas" in html  # the admin menu, JSON-encoded


def test_member_is_refused_the_admin(member_client):
    response = member_client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/cuenta/ingresar/")
    page = member_client.get(response["Location"]).content.decode()
    assert "No tiene permiso para acceder a la administración" in page
