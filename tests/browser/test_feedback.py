"""Readers' feedback in a real browser, on the demo content: a member says a practice served
them and that their entity applies it, then answers the demo's six-month follow-up from Mis
avisos. Every page these journeys open is audited with axe-core."""

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible
from .test_smoke import log_in

pytestmark = pytest.mark.browser

PRACTICE = "/biblioteca/practicas/banco-de-proyectos-municipal-compartido-en-el-cauca/"


def test_member_answers_le_sirvio_and_la_estamos_aplicando(page):
    log_in(page, "miembro")
    page.goto(PRACTICE)
    assert_accessible(page, "library-practice-feedback-forms")

    usefulness = page.locator("#le-sirvio")
    usefulness.get_by_label("Sí, me sirvió").check()
    usefulness.get_by_label("¿Por qué? (opcional)").select_option(
        label="Es clara y fácil de seguir"
    )
    usefulness.get_by_role("button", name="Enviar respuesta").click()
    expect(page.locator(".messages")).to_contain_text("Gracias por su respuesta")
    expect(usefulness).to_contain_text("Respondieron que sí: 1.")
    expect(usefulness).to_contain_text("Usted respondió que sí le sirvió.")

    adoption = page.locator("#la-estamos-aplicando")
    expect(adoption).to_contain_text("Alcaldía de Ipiales (Ipiales, Nariño)")
    adoption.get_by_label("Nota (opcional)").fill("Con la secretaría de Planeación.")
    adoption.get_by_role("button", name="La estamos aplicando").click()
    expect(page.locator(".messages")).to_contain_text("Quedó registrado")
    expect(adoption).to_contain_text("1 entidad cuenta que la está aplicando, en: Nariño: Ipiales")
    assert_accessible(page, "library-practice-after-feedback")


def test_member_answers_the_six_month_follow_up_from_the_notices(page):
    log_in(page, "miembro")
    page.goto("/comunidad/notificaciones/")
    page.get_by_role("link", name="¿Cómo le fue aplicando").click()
    expect(page.locator("main h1")).to_contain_text("¿Cómo les fue aplicando")
    assert_accessible(page, "library-adoption-follow-up")
    page.get_by_label("Funcionó en parte").check()
    page.get_by_label("¿Por qué? (opcional)").fill("Faltó presupuesto para el segundo año.")
    page.get_by_role("button", name="Enviar").click()
    adoption = page.locator("#la-estamos-aplicando")
    expect(adoption).to_contain_text("Funcionó en parte: 1")
    expect(adoption).to_contain_text("Faltó presupuesto para el segundo año.")
