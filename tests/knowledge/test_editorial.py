"""Keeping the library trustworthy: who may publish, the editorial workflow, scheduled publishing,
the stale-guides report, and links that survive moves and removals."""

from datetime import date, timedelta

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts.factories import UserFactory, give_authenticator_app
from knowledge.factories import GuidePageFactory, create_library

from .conftest import html_of, result_titles, soup_of


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def is_live(page):
    page.refresh_from_db()
    return page.live


@pytest.fixture
def author(library):
    """Someone trusted to write in the library but not to publish: edit rights, no publish."""
    group = Group.objects.create(name="Autores de la biblioteca")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=library, permission=Permission.objects.get(codename=codename)
        )
    user = UserFactory(username="autora", roles=[])
    user.groups.add(group)
    give_authenticator_app(user)  # admin access needs two-factor set up
    return user


@pytest.fixture
def draft_guide(library, author):
    return GuidePageFactory(parent=library, title="Guía en borrador", live=False, owner=author)


# --- Who may edit and publish ---------------------------------------------------------------


def test_a_member_cannot_open_the_page_editor(member_client, draft_guide):
    response = member_client.get(edit_url(draft_guide))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def guide_form(guide, **changes):
    """The page editor's form for `guide`, validly filled in, as the editor's browser posts it."""
    data = {
        "title": guide.title,
        "slug": guide.slug,
        "summary": guide.summary,
        "purpose": rich_text(guide.purpose),
        "audience": guide.audience,
        "steps": streamfield([]),
        "body": streamfield([]),
        "version": guide.version,
        "review_by": "",
        "tags": "",
        "entity": "",
        "publication_date": f"{guide.publication_date:%Y-%m-%d}",
        "last_reviewed": "",
        "documents": inline_formset([]),
        "related_resources": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    return nested_form_data({**data, **changes})


def test_a_member_cannot_publish_a_guide(client, member, editor, draft_guide):
    publish = guide_form(draft_guide, title="Publicada", **{"action-publish": "publish"})
    client.force_login(member)
    client.post(edit_url(draft_guide), publish)
    assert not is_live(draft_guide)
    assert draft_guide.title == "Guía en borrador"
    # The very same form, posted by an editor, publishes: the member was refused, not the form.
    client.force_login(editor)
    assert client.post(edit_url(draft_guide), publish).status_code == 302
    assert is_live(draft_guide)
    assert draft_guide.title == "Publicada"


def test_an_author_can_edit_and_submit_but_is_offered_no_publish_button(
    client, author, draft_guide
):
    client.force_login(author)
    editor_page = html_of(client, edit_url(draft_guide))
    assert editor_page.find(attrs={"name": "action-submit"}) is not None
    assert editor_page.find(attrs={"name": "action-publish"}) is None
    assert not draft_guide.permissions_for_user(author).can_publish()


def test_an_editor_may_publish_straight_from_the_editor(editor_client, draft_guide):
    editor_page = html_of(editor_client, edit_url(draft_guide))
    assert editor_page.find(attrs={"name": "action-publish"}) is not None


# --- The "Revisión editorial" workflow ------------------------------------------------------


def submit_for_review(page, user):
    workflow = page.get_workflow()
    assert workflow.name == "Revisión editorial"
    return workflow.start(page, user).current_task_state


def workflow_action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def test_a_submitted_guide_stays_unpublished_until_an_editor_approves_it(
    client, library, author, editor, draft_guide
):
    task_state = submit_for_review(draft_guide, author)
    assert not is_live(draft_guide)
    assert draft_guide.title not in result_titles(html_of(client, library.url))

    client.force_login(editor)
    response = client.post(workflow_action_url(draft_guide, "approve", task_state), {})
    assert response.status_code == 302
    assert is_live(draft_guide)
    client.logout()
    assert draft_guide.title in result_titles(html_of(client, library.url))


def test_the_author_cannot_approve_their_own_submission(client, author, draft_guide):
    task_state = submit_for_review(draft_guide, author)
    client.force_login(author)
    response = client.post(workflow_action_url(draft_guide, "approve", task_state), {})
    # Wagtail's admin sends refusals home, with a "no permission" message.
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS
    assert not is_live(draft_guide)


def test_an_editor_can_send_a_submission_back_for_changes(client, author, editor, draft_guide):
    task_state = submit_for_review(draft_guide, author)
    client.force_login(editor)
    client.post(
        workflow_action_url(draft_guide, "reject", task_state), {"comment": "Citar la norma."}
    )
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_REJECTED
    assert task_state.comment == "Citar la norma."
    assert not is_live(draft_guide)


# --- Scheduled publishing -------------------------------------------------------------------


def test_a_scheduled_guide_appears_only_once_its_time_has_come(client, library, draft_guide):
    draft_guide.go_live_at = timezone.now() + timedelta(days=1)
    revision = draft_guide.save_revision()
    revision.publish()
    assert not is_live(draft_guide)

    call_command("publish_scheduled")
    assert draft_guide.title not in result_titles(html_of(client, library.url))

    # A day later, as far as the schedule is concerned.
    a_minute_ago = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = a_minute_ago.isoformat()
    revision.approved_go_live_at = a_minute_ago
    revision.save()
    call_command("publish_scheduled")
    assert is_live(draft_guide)
    assert draft_guide.title in result_titles(html_of(client, library.url))


# --- Stale guides -------------------------------------------------------------------------


@pytest.fixture
def guides_by_freshness(library):
    today = date.today()
    return (
        GuidePageFactory(parent=library, title="Guía vencida", review_by=today - timedelta(1)),
        GuidePageFactory(parent=library, title="Guía vigente", review_by=today + timedelta(30)),
    )


def test_editors_see_overdue_guides_in_the_admin_report(editor_client, guides_by_freshness):
    report = html_of(editor_client, reverse("knowledge_stale_guides"))
    titles = [link.get_text(strip=True) for link in report.select("table.listing tbody td a")]
    assert titles == ["Guía vencida"]


def test_the_stale_guides_report_exports_a_spreadsheet(editor_client, guides_by_freshness):
    response = editor_client.get(reverse("knowledge_stale_guides") + "?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Guía vencida" in content
    assert "Guía vigente" not in content


def test_editors_see_overdue_guides_on_the_admin_dashboard(editor_client, guides_by_freshness):
    panel = html_of(editor_client, reverse("wagtailadmin_home")).find(id="stale-guides-heading")
    assert panel.get_text(strip=True) == "1 guía por revisar"
    assert "Guía vencida" in panel.find_parent("section").get_text()
    assert "Guía vigente" not in panel.find_parent("section").get_text()


def test_authors_see_only_the_overdue_guides_they_may_edit(client, author, db):
    """The dashboard must not reveal titles (perhaps of drafts) from parts of the site the
    author has no rights on."""
    elsewhere = create_library(title="Otra biblioteca")
    GuidePageFactory(parent=elsewhere, title="Guía ajena", review_by=date(2020, 1, 1), live=False)
    client.force_login(author)
    dashboard = html_of(client, reverse("wagtailadmin_home"))
    assert "Guía ajena" not in dashboard.get_text()
    assert "Guía ajena" not in html_of(client, reverse("knowledge_stale_guides")).get_text()


def test_a_member_is_refused_the_stale_guides_report(member_client, guides_by_freshness):
    response = member_client.get(reverse("knowledge_stale_guides"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_without_page_rights_neither_get_the_report_nor_the_panel(
    client, guides_by_freshness
):
    client.force_login(UserFactory(roles=["Moderadores"]))
    response = client.get(reverse("knowledge_stale_guides"))
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    dashboard = html_of(client, reverse("wagtailadmin_home"))
    assert dashboard.find(id="stale-guides-heading") is None


# --- Links that do not break --------------------------------------------------------------


def test_moving_a_guide_redirects_its_old_address_to_the_new_one(client, editor, db):
    library = create_library(sections=["Guías metodológicas", "Archivo"])
    guides, archive = library.get_children().specific()
    guide = GuidePageFactory(parent=guides, title="Guía que se archiva", slug="guia-archivada")
    old_url = guide.url

    guide.move(archive, pos="last-child", user=editor)
    guide.refresh_from_db()
    assert guide.url != old_url
    assert Redirect.objects.filter(old_path=old_url.rstrip("/"), redirect_page=guide).exists()

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == guide.url
    assert html_of(client, guide.url).h1.get_text() == "Guía que se archiva"


@pytest.mark.parametrize("removal", ["unpublish", "delete"])
def test_a_removed_guide_gives_a_not_found_page_that_offers_search(client, library, removal):
    guide = GuidePageFactory(parent=library)
    url = guide.url
    getattr(guide, removal)()

    response = client.get(url)
    assert response.status_code == 404
    search = soup_of(response).find("form", role="search")
    assert search["action"] == reverse("search:search")
    assert search.find("input", attrs={"name": "q"}) is not None
