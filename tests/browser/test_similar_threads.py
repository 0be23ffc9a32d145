"""The "¿Quién ya lo resolvió?" list in a real browser, on the demo content: typing the title of a
new question lists the conversations already on it once the typing pauses, never one of a
private space the member is not in, and goes away when the title does. The form works the same
without JavaScript (tests/community/test_similar_threads.py); this is the enhancement."""

import pytest
from playwright.sync_api import expect

from community.factories import ThreadFactory
from community.models import SpacePage

from .axe import assert_accessible
from .test_smoke import log_in

pytestmark = pytest.mark.browser

ANSWERED = "¿Cómo mejorar el recaudo del predial con un catastro desactualizado?"
PRIVATE_THREAD = "Recaudo del impuesto predial en Tumaco"
TYPED = "¿Cómo subir el recaudo del impuesto predial?"


@pytest.fixture
def private_thread(demo_content):
    """On the same subject, in the Pacífico space, which the demo's "esap" is not in."""
    ThreadFactory(space=SpacePage.objects.get(slug="region-pacifico"), title=PRIVATE_THREAD)


def test_typing_a_title_lists_the_threads_already_on_it(page, private_thread):
    log_in(page, "esap")
    page.goto("/comunidad/hacienda-territorial/")
    page.get_by_role("link", name="Iniciar una conversación").click()
    title = page.get_by_role("textbox", name="Título")
    region = page.locator("[data-similar-threads]")
    expect(region).to_have_attribute("aria-live", "polite")
    heading = page.get_by_role("heading", name="¿Quién ya lo resolvió?")
    expect(heading).to_be_hidden()  # nothing shows before there are results

    title.press_sequentially(TYPED, delay=20)

    expect(heading).to_be_visible()
    expect(region.get_by_role("link", name=ANSWERED)).to_have_attribute("target", "_blank")
    # its space (the demo has more than one thread on revenue there)
    expect(region.get_by_text("Hacienda territorial").first).to_be_visible()
    expect(region.get_by_role("link", name=PRIVATE_THREAD)).to_have_count(0)
    assert_accessible(page, "community-similar-threads")

    title.fill("¿Cómo?")  # too short to mean anything: the list goes
    expect(heading).to_be_hidden()
    expect(region.get_by_role("link")).to_have_count(0)
