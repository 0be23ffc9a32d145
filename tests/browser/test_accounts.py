"""Sign-up in a real browser: a visitor fills in the form, accepts the data policy, confirms the
e-mail from the link in the mail and arrives signed in. Every page on the way is audited."""

import re

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible

pytestmark = pytest.mark.browser


def test_a_visitor_signs_up_with_consent_and_confirms_the_email(page, mailoutbox):
    page.goto("/cuenta/registro/")
    page.get_by_label("Usuario").fill("lucia_arango")
    page.get_by_label("Nombres").fill("Lucía")
    page.get_by_label("Apellidos").fill("Arango")
    page.get_by_label("Correo electrónico").fill("lucia@example.org")
    page.locator("#id_password1").fill("una-clave-muy-segura-2026")
    page.locator("#id_password2").fill("una-clave-muy-segura-2026")
    page.get_by_label("Cargo").fill("Secretaria de planeación")
    policy = page.get_by_label("He leído y acepto la Política de tratamiento de datos personales")
    identity = page.get_by_label("Autorizo mostrar mi nombre y entidad")
    expect(policy).not_to_be_checked()  # consent is never assumed
    expect(identity).not_to_be_checked()
    policy.check()
    page.locator("main form button[type=submit]").click()

    expect(page.locator("main h1")).to_have_text("Revise su correo")
    assert_accessible(page, "signup-check-your-email")
    (message,) = [m for m in mailoutbox if m.to == ["lucia@example.org"]]
    link = re.search(r"https?://[^/\s]+(/cuenta/correo/confirmar/\S+)", message.body).group(1)

    page.goto(link)
    assert_accessible(page, "signup-confirm-email")
    page.get_by_role("button", name="Confirmar mi correo").click()
    expect(page.locator("main h1")).to_have_text("Mi perfil")
    expect(page.locator(".account-nav")).to_contain_text("Lucía")
