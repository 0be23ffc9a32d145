"""The meeting in a real browser, on the demo content: a member submits to the open 2026 call and
the demo juror scores an assignment. Every page on the way is audited with axe-core.
"""

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible
from .test_smoke import log_in

pytestmark = pytest.mark.browser


def test_member_submits_a_practice_to_the_open_call(page):
    log_in(page, "miembro")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto("/encuentro/")
    assert_accessible(page, "meeting-archive")
    page.get_by_role("link", name="Encuentro de buenas prácticas 2026").click()
    expect(page.get_by_role("heading", name="Convocatoria abierta")).to_be_visible()
    assert_accessible(page, "meeting-edition")

    page.get_by_role("link", name="Postular una buena práctica").click()
    assert_accessible(page, "meeting-nominate")
    practice = page.get_by_label("Buena práctica publicada")
    practice.select_option(index=1)
    chosen = practice.locator("option:checked").inner_text()
    page.get_by_label("Categoría").select_option(index=1)
    page.get_by_role("button", name="Enviar postulación").click()
    expect(page.get_by_role("status")).to_contain_text(f"Recibimos la postulación de «{chosen}»")


def test_juror_scores_a_draft_and_submits_it(page):
    log_in(page, "jurado")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto("/encuentro/jurado/")
    assert_accessible(page, "meeting-jury-assignments")
    page.get_by_role("link", name="Brigadas de salud rural con enfoque étnico en Tumaco").click()
    assert_accessible(page, "meeting-jury-score")
    for group in page.locator("main fieldset").all():
        group.locator("input[type=radio][value='4']").check()
    page.get_by_role("button", name="Enviar evaluación").click()
    expect(page.get_by_role("status").first).to_contain_text("Evaluación enviada")
    expect(page.get_by_text("Ya envió esta evaluación.")).to_be_visible()
