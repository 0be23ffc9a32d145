"""Who may do what: publishers own the training subtree only; members reach no admin or CSV."""

import csv
import io

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, Site

from accounts import roles
from accounts.factories import GroupFactory, UserFactory, permissions_named
from knowledge.factories import GuidePageFactory, create_library
from tests.knowledge.test_editorial import guide_form
from training.enrolment import enrol
from training.factories import CoursePageFactory, create_plan
from training.models import TrainingSettings
from training.permissions import PUBLISH, REVIEW, WORKFLOW_NAME, groups_granted

pytestmark = pytest.mark.django_db


def set_review(required):
    settings = TrainingSettings.for_site(Site.objects.get(is_default_site=True))
    settings.review_required = required
    settings.save()


def test_a_publisher_may_add_and_publish_courses_in_the_plan(plan, publisher, publisher_client):
    permissions = plan.permissions_for_user(publisher)
    assert permissions.can_add_subpage()
    course = CoursePageFactory(parent=plan)
    assert course.permissions_for_user(publisher).can_publish()
    add_url = reverse("wagtailadmin_pages:add", args=["training", "coursepage", plan.pk])
    assert publisher_client.get(add_url).status_code == 200


def test_a_publisher_cannot_edit_a_library_guide(plan, publisher, publisher_client, editor_client):
    guide = GuidePageFactory(parent=create_library(), title="Guía de catastro")
    assert not guide.permissions_for_user(publisher).can_edit()
    edit_url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    home = reverse("wagtailadmin_home")  # Wagtail's "no permission" message
    response = publisher_client.get(edit_url)
    assert (response.status_code, response.url) == (302, home)
    changed = guide_form(guide, title="Cambiada")  # a valid draft save
    response = publisher_client.post(edit_url, changed)
    assert (response.status_code, response.url) == (302, home)
    guide.refresh_from_db()
    assert (guide.title, guide.draft_title) == ("Guía de catastro", "Guía de catastro")
    assert guide.revisions.count() == 1
    # The very same form, posted by an editor, saves the draft: the publisher was refused.
    assert editor_client.post(edit_url, changed).status_code == 302
    guide.refresh_from_db()
    assert guide.draft_title == "Cambiada"


def test_with_review_on_publishers_submit_to_the_training_workflow(plan, publisher):
    course = CoursePageFactory(parent=plan)
    set_review(True)
    assert not course.permissions_for_user(publisher).can_publish()
    assert course.permissions_for_user(publisher).can_edit()
    workflow = course.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    approvers = {group.name for task in workflow.tasks for group in task.specific.groups.all()}
    assert approvers == {"Editores"}


def test_with_review_off_publishers_publish_directly_again(plan, publisher):
    course = CoursePageFactory(parent=plan)
    set_review(True)
    set_review(False)
    assert course.permissions_for_user(publisher).can_publish()
    workflow = course.get_workflow()
    assert workflow is None or workflow.name != WORKFLOW_NAME


def test_a_plan_created_while_review_is_on_starts_under_review(db, publisher):
    set_review(True)
    plan = create_plan(title="Plan 2027")
    assert not plan.permissions_for_user(publisher).can_publish()
    assert plan.get_workflow().name == WORKFLOW_NAME


def rename(name, new_name):
    group = Group.objects.get(name=name)
    group.name = new_name
    group.save()
    return group


def test_publishers_get_a_new_plan_after_their_group_is_renamed(db, publisher):
    rename(roles.TRAINING_PUBLISHERS, "Formadores ESAP")
    plan = create_plan(title="Plan 2027")
    assert plan.permissions_for_user(publisher).can_add_subpage()
    assert CoursePageFactory(parent=plan).permissions_for_user(publisher).can_publish()


def test_a_group_named_like_the_publishers_without_the_permission_gets_no_new_plan(db, publisher):
    publishers = Group.objects.get(name=roles.TRAINING_PUBLISHERS)
    publishers.permissions.remove(*permissions_named([PUBLISH]))
    plan = create_plan(title="Plan 2027")
    assert not GroupPagePermission.objects.filter(page=plan).exists()
    assert not plan.permissions_for_user(publisher).can_add_subpage()
    assert not plan.permissions_for_user(publisher).can_edit()


def test_any_group_granted_the_permission_gets_new_plans(db):
    group = GroupFactory(
        name="Aliados de formación", permissions=[PUBLISH, "wagtailadmin.access_admin"]
    )
    ally = UserFactory(username="aliada", roles=[])
    ally.groups.add(group)
    plan = create_plan(title="Plan 2027")
    assert plan.permissions_for_user(ally).can_add_subpage()
    assert not create_library().permissions_for_user(ally).can_add_subpage()


def test_the_review_is_approved_by_the_groups_granted_it_whatever_their_name(plan):
    rename(roles.EDITORS, "Equipo editorial")
    GroupFactory(name="Sin permiso de revisión", permissions=["wagtailadmin.access_admin"])
    set_review(True)
    task = plan.get_workflow().tasks.get().specific
    assert {group.name for group in task.groups.all()} == {"Equipo editorial"}
    assert set(task.groups.all()) == set(groups_granted(REVIEW))


def test_the_review_switch_gives_publish_back_only_to_the_groups_that_got_the_plan(plan, publisher):
    latecomer = GroupFactory(name="Publicadores tardíos", permissions=[PUBLISH])
    set_review(True)
    set_review(False)
    assert not GroupPagePermission.objects.filter(group=latecomer, page=plan).exists()
    assert CoursePageFactory(parent=plan).permissions_for_user(publisher).can_publish()


def review_required():
    return TrainingSettings.for_site(Site.objects.get(is_default_site=True)).review_required


def test_only_editors_switch_the_review(plan, publisher_client, editor_client):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["training", "trainingsettings", site.pk])
    assert editor_client.get(url).status_code == 200
    # Wagtail's admin answers a refusal by sending the user to the dashboard.
    refused = publisher_client.get(url)
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    publisher_client.post(url, {"review_required": "on"})
    assert not review_required()
    assert editor_client.post(url, {"review_required": "on"}).status_code == 302
    assert review_required()


def test_publishers_manage_cohorts_in_the_admin_and_members_cannot(
    cohort, publisher_client, member_client
):
    listing = reverse("convocatorias:index")
    response = publisher_client.get(listing)
    assert response.status_code == 200
    assert "Presupuesto público territorial" in response.content.decode()
    assert publisher_client.get(reverse("convocatorias:add")).status_code == 200
    assert member_client.get(listing).status_code == 302
    assert member_client.get("/admin/").status_code == 302


def csv_url(cohort):
    return reverse("training_enrolment_csv", args=[cohort.pk])


def test_a_publisher_downloads_the_enrolment_list_as_csv(cohort, people, publisher_client):
    for person in people[:3]:
        enrol(person, cohort)
    response = publisher_client.get(csv_url(cohort))
    assert response.status_code == 200
    assert response.streaming
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # Excel then reads the accents as UTF-8
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [(r["usuario"], r["estado"]) for r in rows] == [
        ("participante1", "Inscrito"),
        ("participante2", "Inscrito"),
        ("participante3", "En lista de espera"),
    ]
    assert rows[0]["correo"] == "participante1@example.org"


def test_the_enrolment_csv_quotes_profile_fields_a_spreadsheet_would_run_as_formulas(
    cohort, people, publisher_client
):
    person = people[0]
    person.first_name, person.last_name = "@SUM(1+1)", "-2+3"
    person.save()
    person.profile.entity_other = '=HYPERLINK("http://example.org","Alcaldía")'
    person.profile.position = "+57 secretaria"
    person.profile.save()
    enrol(person, cohort)
    body = b"".join(publisher_client.get(csv_url(cohort)).streaming_content)
    (row,) = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    assert row["nombre"] == "'@SUM(1+1) -2+3"
    assert row["entidad"] == '\'=HYPERLINK("http://example.org","Alcaldía")'
    assert row["cargo"] == "'+57 secretaria"


def test_members_and_visitors_cannot_download_the_enrolment_list(cohort, member, client):
    log_in_first = f"{reverse('account_login')}?next={csv_url(cohort)}"
    response = client.get(csv_url(cohort))
    assert (response.status_code, response.url) == (302, log_in_first)
    client.force_login(member)
    response = client.get(csv_url(cohort))  # the admin is not for members: back to log in
    assert (response.status_code, response.url) == (302, log_in_first)
