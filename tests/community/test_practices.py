"""Compartir una buena práctica: draft in the library, editorial workflow, publication, links."""

import pytest

from django.core import mail
from django.urls import reverse

from wagtail.models import WorkflowState

from community.models import Thread
from knowledge.factories import LibraryIndexPageFactory, create_library
from knowledge.models import PracticePage
from notifications.models import Notification
from reference.models import Sector

from .conftest import login

FORM = {
    "title": "Presupuesto participativo en Ipiales",
    "summary": "La alcaldía abrió el presupuesto a las juntas de acción comunal.",
    "problem": "Baja confianza en la inversión pública.\n\nPocas obras priorizadas por la gente.",
    "solution": "Mesas por comuna <script>alert(1)</script> con votación abierta.",
    "results": "Se priorizaron 12 obras.",
    "replication_conditions": "Voluntad política y un equipo de planeación.",
    "resources_required": "Dos profesionales durante tres meses.",
}


@pytest.fixture
def practices_library(db):
    library = create_library()
    return LibraryIndexPageFactory(parent=library, title="Buenas prácticas", slug="practicas")


def share(client, space, **extra):
    data = {**FORM, "space": space.pk, **extra}
    return client.post(reverse("community:share_practice"), data)


def test_member_shares_a_practice_into_review(client, member, public_space, practices_library):
    login(client, member)
    sector = Sector.objects.get(slug="hacienda-publica")
    response = share(client, public_space, sectors=[sector.pk])
    page = PracticePage.objects.get(title=FORM["title"])
    assert not page.live and page.owner == member
    assert page.get_parent().specific == practices_library
    assert list(page.sectors.all()) == [sector]
    assert "<script>" not in page.solution and "&lt;script&gt;" in page.solution
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == "in_progress" and state.workflow.name == "Revisión editorial"

    thread = Thread.objects.get(practice=page)
    assert thread.category == "buena-practica" and thread.space_id == public_space.pk
    assert response["Location"] == thread.get_absolute_url()
    status = client.get(reverse("community:notifications")).content.decode()
    assert "En revisión" in status


def test_draft_practice_is_not_public(client, member, public_space, practices_library):
    login(client, member)
    share(client, public_space)
    client.logout()
    page = PracticePage.objects.get(title=FORM["title"])
    assert client.get(practices_library.url).content.decode().count(FORM["title"]) == 0
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_editor_publishes_and_the_member_is_told(
    client, member, editor, public_space, practices_library
):
    login(client, member)
    share(client, public_space)
    page = PracticePage.objects.get(title=FORM["title"])
    state = page.current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, editor, "approve")
    page.refresh_from_db()
    assert page.live
    assert Notification.objects.filter(recipient=member, kind="practica").exists()
    assert FORM["title"] in client.get(practices_library.url).content.decode()
    thread = Thread.objects.get(practice=page)
    assert f'href="{page.url}"' in client.get(thread.get_absolute_url()).content.decode()
    assert f'href="{thread.get_absolute_url()}"' in client.get(page.url).content.decode()


def test_editor_publishes_a_practice_shared_with_a_line_break_in_its_title(
    client, member, editor, public_space, practices_library, django_capture_on_commit_callbacks
):
    login(client, member)
    share(client, public_space, title="Presupuesto participativo\r\nen Ipiales")
    page = PracticePage.objects.get()
    assert page.title == "Presupuesto participativo en Ipiales"
    assert Thread.objects.get(practice=page).title == page.title
    task_state = page.current_workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves on commit
        task_state.task.specific.on_action(task_state, editor, "approve")
    page.refresh_from_db()
    assert page.live
    ours = [m.subject for m in mail.outbox if m.to == [member.email] and "Se publicó" in m.subject]
    assert ours == ["Se publicó su buena práctica «Presupuesto participativo en Ipiales»"]


def test_practice_page_does_not_reveal_a_private_thread(
    client, member, private_space, practices_library
):
    login(client, member)
    share(client, private_space)
    page = PracticePage.objects.get(title=FORM["title"])
    page.get_latest_revision().publish()
    thread = Thread.objects.get(practice=page)
    assert thread.get_absolute_url() in client.get(page.url).content.decode()
    client.logout()
    body = client.get(page.url).content.decode()
    assert thread.get_absolute_url() not in body and private_space.title not in body


def test_member_hears_when_editors_request_changes(
    client, member, editor, public_space, practices_library
):
    login(client, member)
    share(client, public_space)
    page = PracticePage.objects.get(title=FORM["title"])
    state = page.current_workflow_state
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, editor, "reject")
    assert Notification.objects.filter(recipient=member, text__contains="pidieron cambios").exists()
    assert "Cambios solicitados" in client.get(reverse("community:notifications")).content.decode()


def test_failed_practice_form_keeps_every_field(client, member, public_space, practices_library):
    login(client, member)
    response = share(client, public_space, title="")
    assert response.status_code == 400
    body = response.content.decode()
    assert "Baja confianza en la inversión pública." in body
    assert not PracticePage.objects.exists()


def test_practice_needs_an_account(client, practices_library):
    response = client.get(reverse("community:share_practice"))
    assert "/cuenta/ingresar/" in response["Location"]


def approve(page, editor):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, editor, "approve")


def opening_post(page):
    return Thread.objects.get(practice=page).posts.order_by("created", "pk").first()


def test_announcement_follows_the_publication_and_stops_waiting(
    client, settings, member, editor, public_space, practices_library
):
    settings.COMMUNITY_NEW_ACCOUNT_DAYS = 7  # a new member: the announcement waits at first
    login(client, member)
    share(client, public_space)
    page = PracticePage.objects.get(title=FORM["title"])
    post = opening_post(page)
    assert not post.approved and "revisión editorial" in post.source
    approve(page, editor)
    post = opening_post(page)
    assert post.approved and post.thread.approved
    assert "Se publicó" in post.source and "revisión editorial" not in post.source
    client.logout()
    body = client.get(post.thread.get_absolute_url()).content.decode()
    assert "Se publicó en la biblioteca" in body and "En espera de aprobación" not in body


def test_announcement_says_changes_were_requested(
    client, member, editor, public_space, practices_library
):
    login(client, member)
    share(client, public_space)
    page = PracticePage.objects.get(title=FORM["title"])
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, editor, "reject")
    source = opening_post(page).source
    assert "pidieron cambios" in source and "revisión editorial" not in source
    notice = Notification.objects.get(recipient=member, kind="practica")
    assert notice.url == Thread.objects.get(practice=page).get_absolute_url()


def test_rejected_practice_leaves_an_announcement_that_says_so(
    client, member, other_member, public_space, practices_library
):
    login(client, member)
    share(client, public_space)
    page = PracticePage.objects.get(title=FORM["title"])
    thread = Thread.objects.get(practice=page)
    page.delete()  # the editors discard the submission
    thread.refresh_from_db()
    assert thread.practice is None
    source = thread.posts.order_by("created", "pk").first().source
    assert "decidieron no publicar" in source and "revisión editorial" not in source
    notice = Notification.objects.get(recipient=member, kind="practica")
    assert "decidieron no publicar" in notice.text
    assert notice.url == thread.get_absolute_url()
    assert not Notification.objects.filter(recipient=other_member).exists()


def test_member_gets_no_wagtail_email_linking_to_the_admin(
    client, member, editor, public_space, practices_library, django_capture_on_commit_callbacks
):
    login(client, member)
    with django_capture_on_commit_callbacks(execute=True):
        share(client, public_space)
    page = PracticePage.objects.get(title=FORM["title"])
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, editor)
    to_member = [m for m in mail.outbox if member.email in m.to]
    assert to_member  # the platform's own notice still reaches them
    assert all("/admin/" not in m.body for m in to_member)


def test_staff_who_submit_still_get_wagtails_workflow_email(
    editor, practices_library, django_capture_on_commit_callbacks
):
    from notifications.workflow_emails import staff_only_approval_notifier

    page = PracticePage(
        title="Práctica de la editora",
        slug="practica-editora",
        summary="Resumen",
        problem="<p>Problema</p>",
        solution="<p>Solución</p>",
        replication_conditions="<p>Condiciones</p>",
    )
    practices_library.add_child(instance=page)
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    assert staff_only_approval_notifier.get_recipient_users(state) == {editor}


def test_practice_takes_the_submitters_entity_and_territory(
    client, member, public_space, practices_library
):
    from reference.models import Department, Entity, Municipality

    municipality, _ = Municipality.objects.get_or_create(
        code="52356", defaults={"name": "Ipiales", "department": Department.objects.get(code="52")}
    )
    profile = member.profile
    profile.entity = Entity.objects.get(slug="dnp")
    profile.department = municipality.department
    profile.municipality = municipality
    profile.save()
    login(client, member)
    share(client, public_space)
    page = PracticePage.objects.get(title=FORM["title"])
    assert page.entity.slug == "dnp"
    assert list(page.departments.all()) == [municipality.department]
    assert list(page.municipalities.all()) == [municipality]
    revision = page.get_latest_revision_as_object()
    assert revision.entity_id == page.entity_id  # what the editors publish keeps it


def test_practice_of_a_member_without_entity_has_none(
    client, member, public_space, practices_library
):
    login(client, member)
    share(client, public_space)
    assert PracticePage.objects.get(title=FORM["title"]).entity is None


def test_backfill_gives_earlier_member_practices_their_submitters_entity(
    client, member, public_space, practices_library
):
    """The data migration `practice_entity_from_submitter`, run on today's models."""
    from importlib import import_module

    from django.apps import apps

    from reference.models import Entity

    login(client, member)
    share(client, public_space)  # shared before the member's profile named an entity
    page = PracticePage.objects.get(title=FORM["title"])
    assert page.entity is None
    member.profile.entity = Entity.objects.get(slug="dnp")
    member.profile.save()
    migration = import_module("knowledge.migrations.0004_practice_entity_from_submitter")
    migration.practice_entity_from_submitter(apps, None)
    page.refresh_from_db()
    assert page.entity.slug == "dnp"
    assert page.get_latest_revision_as_object().entity_id == page.entity_id
