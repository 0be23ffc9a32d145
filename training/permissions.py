"""Who may edit the training section, and whether their changes need an editor's approval.

Publishers get page permissions on each training plan page, and so on its subtree only; never on
the library. Publishers are the groups granted `training.publish_training` ("Publicadores de
formación" by migration 0003), found by that permission and never by name, which admins may
change; they get the plan when it is created. The `TrainingSettings.review_required` switch
decides whether they may also publish: when it is on, the plan gets the "Revisión de formación"
workflow, approved by the groups granted `training.review_training` (Editores), and publishers
lose the publish permission, since people who may publish skip workflows.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from accounts.roles import permission_named

PUBLISH = "training.publish_training"
REVIEW = "training.review_training"
WORKFLOW_NAME = "Revisión de formación"
TASK_NAME = "Aprobación de formación por Editores"
PAGE_ACTIONS = ("add", "change", "lock", "unlock")
MEDIA_PERMISSIONS = (
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
)


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def groups_granted(permission):
    """The groups holding `permission` ("app_label.codename"), whatever they are called."""
    held = Permission.objects.filter(permission_named(permission))
    return Group.objects.filter(permissions__in=held)


def publishers():
    return groups_granted(PUBLISH)


def grant_publisher_permissions(plan, review_required=False):
    """Give publishers the plan's subtree (and media upload), publish only without review."""
    root = Collection.get_first_root_node()
    page_permissions = [_page_permission(action) for action in PAGE_ACTIONS]
    media_permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in MEDIA_PERMISSIONS
    ]
    for group in publishers():
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=plan, permission=permission)
        for permission in media_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )
    set_review_required(plan, review_required)


def review_workflow():
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task, created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    if created:
        task.groups.set(groups_granted(REVIEW))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def _given_the_plan(plan):
    """The groups that got the plan's pages when it was created (its change permission)."""
    return Group.objects.filter(
        page_permissions__page=plan, page_permissions__permission=_page_permission("change")
    )


def set_review_required(plan, required):
    """Switch the review workflow on the plan's subtree on or off, with the publish permission of
    the groups that got the plan (those still publishers, when it is switched off)."""
    publish = _page_permission("publish")
    if required:
        WorkflowPage.objects.update_or_create(page=plan, defaults={"workflow": review_workflow()})
        GroupPagePermission.objects.filter(
            group__in=_given_the_plan(plan), page=plan, permission=publish
        ).delete()
    else:
        WorkflowPage.objects.filter(page=plan, workflow__name=WORKFLOW_NAME).delete()
        for group in _given_the_plan(plan).filter(pk__in=publishers()):
            GroupPagePermission.objects.get_or_create(group=group, page=plan, permission=publish)


def review_required_for(page):
    from .models import TrainingSettings

    site = page.get_site()
    return bool(site and TrainingSettings.for_site(site).review_required)


def apply_training_settings(settings):
    """Bring every plan page of the settings' site in line with its review switch."""
    from .models import TrainingPlanPage

    root = settings.site.root_page
    for plan in TrainingPlanPage.objects.descendant_of(root, inclusive=True):
        set_review_required(plan, settings.review_required)


# A course's figures (survey results, how many wait for a cohort): for whoever may edit or
# publish the course.

EDIT_ACTIONS = ["change", "publish"]


def may_manage_course(user, course):
    """Those who may edit or publish the course's page (its plan's publishers, editors)."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if not user.is_authenticated:
        return False
    policy = PagePermissionPolicy()
    return policy.user_has_any_permission_for_instance(user, EDIT_ACTIONS, course)


def courses_evaluations_readable_by(user):
    """The courses whose evaluation results `user` may read (one query when evaluated)."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from .models import CoursePage

    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, EDIT_ACTIONS)
    return CoursePage.objects.filter(pk__in=editable.values("pk"))


def may_read_some_evaluations(user):
    """Whether to show the admin's menu entry: anyone who may edit some training page."""
    return user.is_superuser or user.has_perm(PUBLISH) or user.has_perm(REVIEW)


def may_take_attendance(user, cohort):
    """Attendance and the final activity of a cohort: for those who may manage its course."""
    return may_manage_course(user, cohort.course)
