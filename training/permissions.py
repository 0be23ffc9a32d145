"""Who may edit the training section, and whether their changes need an editor's approval.

Publishers ("Publicadores de formación") get page permissions on each training plan page, and so
on its subtree only; never on the library. The `TrainingSettings.review_required` switch decides
whether they may also publish: when it is on, the plan gets the "Revisión de formación" workflow
(approved by Editores) and publishers lose the publish permission, since people who may publish
skip workflows.
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

from siteconf.accounts import roles

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


def publishers():
    return Group.objects.get_or_create(name=roles.TRAINING_PUBLISHERS)[0]


def grant_publisher_permissions(plan, review_required=False):
    """Give publishers the plan's subtree (and media upload), publish only without review."""
    group = publishers()
    for action in PAGE_ACTIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=plan, permission=_page_permission(action)
        )
    root = Collection.get_first_root_node()
    for app_label, codename in MEDIA_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
    set_review_required(plan, review_required)


def review_workflow():
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task, created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    if created:
        task.groups.set([Group.objects.get_or_create(name=roles.EDITORS)[0]])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def set_review_required(plan, required):
    """Switch the review workflow on the plan's subtree on or off, with the publish permission."""
    publish = {"group": publishers(), "page": plan, "permission": _page_permission("publish")}
    if required:
        WorkflowPage.objects.update_or_create(page=plan, defaults={"workflow": review_workflow()})
        GroupPagePermission.objects.filter(**publish).delete()
    else:
        WorkflowPage.objects.filter(page=plan, workflow__name=WORKFLOW_NAME).delete()
        GroupPagePermission.objects.get_or_create(**publish)


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
