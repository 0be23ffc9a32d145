"""The enrolment journey in a real browser: a visitor finds an open course, logs in, enrols and
finds it in "Mis cursos". Every page on the way is audited with axe-core."""

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible
from .test_smoke import MDM_COURSE, log_in

pytestmark = pytest.mark.browser

COURSE = "Seguimiento y evaluación de planes de desarrollo"


def test_a_member_enrols_in_an_open_cohort_and_finds_it_in_my_courses(page):
    page.goto("/formacion/?inscripciones=abiertas")
    assert_accessible(page, "training-open-courses")
    page.locator("ol.results").get_by_role("link", name=COURSE).click()
    expect(page.locator("main h1")).to_have_text(COURSE)

    # A visitor is asked to log in and comes back to the course (as the demo member from
    # Planadas, who has no course yet: the other demo member already holds a seat in this one).
    page.get_by_role("button", name="Inscribirme").first.click()
    page.wait_for_url(lambda url: "/cuenta/ingresar/" in url and "next=" in url)
    page.fill("#id_login", "planadas")
    page.fill("#id_password", "RedATT-demo-2026")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main h1")).to_have_text(COURSE)

    page.get_by_role("button", name="Inscribirme").first.click()
    expect(page.get_by_text("Quedó inscrito.")).to_be_visible()
    expect(page.get_by_text("Está inscrito en esta convocatoria.")).to_be_visible()
    assert_accessible(page, "training-enrolled")

    page.goto("/formacion/mis-cursos/")
    expect(page.get_by_role("heading", name=COURSE)).to_be_visible()
    expect(page.get_by_text("Inscrito", exact=True)).to_be_visible()


def test_a_full_cohort_offers_the_waiting_list(page):
    log_in(page, "miembro")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto(MDM_COURSE)
    page.get_by_role("button", name="Unirme a la lista de espera").click()
    expect(page.get_by_text("quedó en la lista de espera")).to_be_visible()
