"""The meeting in a real browser, on the demo content: a member votes in the 2026 public vote
(the edition is in its jury review) and the demo juror scores an assignment. Every page on the
way is audited with axe-core.
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible
from .test_smoke import log_in

pytestmark = pytest.mark.browser


def test_member_votes_while_the_2026_jury_is_scoring(page):
    log_in(page, "moderador")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto("/encuentro/")
    assert_accessible(page, "meeting-archive")
    page.get_by_role("link", name="Encuentro de buenas prácticas 2026").click()
    expect(page.get_by_text("El jurado evalúa las postulaciones que cumplen")).to_be_visible()
    stages = page.get_by_role("list", name="Etapas de esta edición")
    expect(stages.locator("[aria-current=step]")).to_contain_text("Evaluación del jurado")
    assert_accessible(page, "meeting-edition")

    choice = page.locator("fieldset.choices input[type=radio]:not([disabled])").first
    chosen = page.locator(f"label[for='{choice.get_attribute('id')}']").inner_text()
    choice.check()
    page.get_by_role("button", name="Votar").click()
    expect(page.get_by_role("status").first).to_contain_text(
        f"su voto quedó registrado por «{chosen}»"
    )


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


def test_editor_walks_an_edition_through_every_phase_refused_when_out_of_order(page):
    """One edition, one nomination, the demo juror: at each phase an out-of-order action is
    refused with its Spanish reason before the right step moves the edition on."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from knowledge.models import PracticePage
    from meeting.factories import NominationFactory, create_edition

    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    juror = get_user_model().objects.get(username="jurado")
    edition = create_edition(year=2031, jurors=[juror], starts_on=yesterday, ends_on=yesterday)
    practice = (
        PracticePage.objects.live().filter(nominations__isnull=True).exclude(entity__slug="fnd")
    ).first()
    nomination = NominationFactory(edition=edition, practice=practice)
    messages = page.locator(".messages")

    def next_phase(confirm=False):
        if confirm:
            page.get_by_label("Sí, confirmo").check()
        page.get_by_role("button", name=re.compile("^Pasar a ")).click()

    def set_status(value):
        page.locator(f"#status-{nomination.pk}").select_option(value)
        page.locator(f"form:has(#status-{nomination.pk}) button").click()

    log_in(page, "editor")
    page.goto(f"/admin/encuentro/evaluacion/{edition.pk}/")
    expect(page.get_by_role("heading", name="Fase actual: Convocatoria")).to_be_visible()

    set_status("ganadora")  # call: no winners yet
    expect(messages).to_contain_text("solo en la fase de deliberación")
    next_phase()
    expect(messages).to_contain_text("La convocatoria anunció su cierre")
    next_phase(confirm=True)
    expect(messages).to_contain_text("La edición pasó a: Revisión de requisitos.")

    next_phase()  # screening: the nomination is not screened yet
    expect(messages).to_contain_text("Aún hay 1 postulaciones sin revisar")
    page.get_by_label("Cumple los requisitos", exact=True).check()
    page.get_by_role("button", name="Guardar revisión").click()
    next_phase()
    expect(messages).to_contain_text("La edición pasó a: Evaluación del jurado.")

    next_phase()  # jury review: the demo juror has not sent the sheet
    expect(messages).to_contain_text("1 asignación del jurado aún no se ha enviado")
    next_phase(confirm=True)
    expect(messages).to_contain_text("La edición pasó a: Deliberación.")

    next_phase()  # deliberation: no winner yet
    expect(messages).to_contain_text("sin al menos una práctica ganadora")
    set_status("ganadora")  # nobody scored it: a warning to confirm first
    expect(messages).to_contain_text("Ningún jurado calificó")
    page.get_by_label("Sí, aunque ningún jurado la calificó").check()
    page.locator(f"form:has(#status-{nomination.pk}) button").click()
    expect(messages).to_contain_text("ahora está: Ganadora")
    next_phase()
    expect(messages).to_contain_text("La edición pasó a: Resultados publicados.")

    set_status("no_seleccionada")  # results: the selection is final
    expect(messages).to_contain_text("Los resultados ya están publicados")
    next_phase()
    expect(messages).to_contain_text("La edición pasó a: Memoria.")
    expect(page.get_by_role("button", name=re.compile("^Pasar a "))).to_have_count(0)
