"""The community in a real browser: read a space, reply in a thread, share a practice.

Every page these journeys open is audited with axe-core.
"""

import pytest
from playwright.sync_api import expect

from .axe import assert_accessible
from .test_smoke import log_in

pytestmark = pytest.mark.browser


def test_visitor_reads_a_public_space_and_a_thread(page):
    page.goto("/comunidad/")
    expect(page.locator("main h1")).to_have_text("Comunidad")
    expect(page.get_by_text("Región Pacífico")).to_have_count(0)
    assert_accessible(page, "community-index")

    page.get_by_role("link", name="Hacienda territorial").first.click()
    expect(page.locator("main h1")).to_have_text("Hacienda territorial")
    assert_accessible(page, "community-space")

    page.get_by_role("link", name="¿Cómo mejorar el recaudo del predial").click()
    expect(page.locator(".post-solution")).to_have_count(1)
    assert_accessible(page, "community-thread")


def test_member_replies_in_a_thread(page):
    log_in(page, "miembro")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto("/comunidad/planeacion-y-pdt/")
    page.get_by_role("link", name="Taller virtual").click()
    assert_accessible(page, "community-thread-reply-form")
    page.get_by_role("textbox", name="Mensaje").fill("Me inscribo al taller, gracias.")
    page.get_by_role("button", name="Publicar respuesta").click()
    expect(page.get_by_text("Me inscribo al taller, gracias.")).to_be_visible()


def test_member_shares_a_practice(page):
    log_in(page, "miembro")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto("/comunidad/hacienda-territorial/")
    page.get_by_role("link", name="Compartir una buena práctica").click()
    assert_accessible(page, "community-share-practice")
    page.get_by_label("Nombre de la práctica").fill("Mesas de recaudo con juntas comunales")
    page.get_by_label("Resumen").fill("Las juntas ayudaron a depurar la base de contribuyentes.")
    page.get_by_label("Problema que resolvió").fill("Base de contribuyentes desactualizada.")
    page.get_by_label("Qué se hizo (solución)").fill("Mesas por vereda con la secretaría.")
    page.get_by_label("Condiciones para replicarla").fill("Juntas activas y apoyo del concejo.")
    page.get_by_role("button", name="Enviar a revisión").click()
    expect(page.locator("main h1")).to_have_text("Mesas de recaudo con juntas comunales")
    expect(page.get_by_text("en revisión editorial").first).to_be_visible()


def test_moderator_hides_the_flagged_post(page):
    log_in(page, "moderador")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto("/comunidad/planeacion-y-pdt/")
    page.get_by_role("link", name="Moderación").click()
    expect(page.get_by_text("Publicidad de servicios privados")).to_be_visible()
    assert_accessible(page, "community-moderation")
    page.get_by_role("link", name="Ocultar").first.click()
    assert_accessible(page, "community-hide-post")
    page.get_by_label("Motivo").fill("Publicidad de servicios privados")
    page.get_by_role("button", name="Enviar").click()
    expect(page.get_by_text("Un moderador ocultó esta publicación")).to_be_visible()


def test_moderator_reads_a_waiting_post_and_rejects_it_with_a_reason(page):
    """Issue 28 item 1: the queue shows the post's text behind a disclosure (no script needed)
    and its author's history; the rejection's reason reaches the author."""
    from django.contrib.auth import get_user_model

    from community.models import Post, Thread
    from notifications.models import Notification

    author = get_user_model().objects.get(username="planadas")
    thread = Thread.objects.filter(space__slug="planeacion-y-pdt", hidden=False).first()
    post = Post.objects.create(
        thread=thread,
        author=author,
        source="Vendo asesorías para el **PDT**: escríbame al privado.",
        approved=False,
    )
    log_in(page, "moderador")
    page.wait_for_url(lambda url: "/ingresar/" not in url)
    page.goto("/comunidad/planeacion-y-pdt/")
    page.get_by_role("link", name="Moderación").click()
    waiting = page.locator(f"#pendiente-{post.pk}")
    expect(waiting.get_by_role("heading")).to_have_count(0)
    expect(page.get_by_role("heading", name=thread.title, level=3)).to_be_visible()
    expect(waiting).to_contain_text("miembro desde el")
    expect(waiting).to_contain_text("publicaciones aprobadas")
    full_text = waiting.locator(".post-body strong", has_text="PDT")
    expect(full_text).to_be_hidden()
    waiting.locator("summary").click()
    expect(full_text).to_be_visible()
    assert_accessible(page, "community-moderation-queue")
    waiting.get_by_label("Motivo del rechazo").fill("Publicidad de servicios privados")
    waiting.get_by_role("button", name="Rechazar").click()
    expect(page.get_by_role("status").first).to_contain_text("Se rechazó la publicación")
    expect(page.locator(f"#pendiente-{post.pk}")).to_have_count(0)
    notice = Notification.objects.get(recipient=author, kind="moderacion")
    assert "Publicidad de servicios privados" in notice.text
