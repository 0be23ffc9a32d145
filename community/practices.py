"""From conversation to knowledge: a member's best practice becomes a draft library page in review.

The page is created as a draft owned by the member and started on the page's Wagtail workflow
(by default "Revisión editorial", approved by Editores); a "buena práctica" thread in the space
points at it. Members' text is plain: it is escaped into paragraphs, never taken as HTML.
"""

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from accounts.models import Profile
from knowledge.models import LibraryIndexPage, PracticePage

from . import posting
from .models import Thread

STATUS_LABELS = {
    "draft": gettext_lazy("Borrador"),
    "in_progress": gettext_lazy("En revisión"),
    "needs_changes": gettext_lazy("Cambios solicitados"),
    "live": gettext_lazy("Publicada"),
}


def practices_index():
    index = LibraryIndexPage.objects.filter(slug="practicas").first()
    return index or LibraryIndexPage.objects.order_by("depth", "path").first()


def paragraphs(text):
    """Plain text to rich-text paragraphs, escaped: a member's text never becomes markup."""
    parts = [part.strip() for part in (text or "").split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part)}</p>".replace("\n", "<br>") for part in parts)


def unique_slug(parent, title):
    base = slugify(title)[:60] or "practica"
    slug, n = base, 1
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _profile(user):
    return Profile.objects.filter(user=user).select_related("department", "municipality").first()


def submitter_entity(user):
    """The practice belongs to the entity of whoever shared it, so the library, the meeting's
    nominations, desk, ranking and edition page can name it."""
    profile = _profile(user)
    return profile.entity if profile else None


def submitter_territory(user, data):
    """The departments the member chose, or else their profile's; the profile's municipality."""
    profile = _profile(user)
    departments = list(data.get("departments") or [])
    if not departments and profile and profile.department:
        departments = [profile.department]
    municipalities = [profile.municipality] if profile and profile.municipality else []
    return {"departments": departments, "municipalities": municipalities}


@transaction.atomic
def share_practice(user, data, space=None):
    """Creates the draft page, submits it to its workflow, and opens the space's thread."""
    index = practices_index()
    page = PracticePage(
        title=data["title"],
        slug=unique_slug(index, data["title"]),
        summary=data["summary"],
        problem=paragraphs(data["problem"]),
        solution=paragraphs(data["solution"]),
        replication_conditions=paragraphs(data["replication_conditions"]),
        resources_required=paragraphs(data.get("resources_required")),
        results=[("paragraph", paragraphs(data["results"]))] if data.get("results") else [],
        live=False,
        owner=user,
        entity=submitter_entity(user),
    )
    index.add_child(instance=page)
    for field in ("capacity_types", "sectors"):
        getattr(page, field).set(data.get(field) or [])
    for field, terms in submitter_territory(user, data).items():
        getattr(page, field).set(terms)
    page.save()  # parental many-to-many values are written on save, and kept by the revision
    page.save_revision(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    thread = None
    if space is not None:
        source = announcement_source(page, "in_progress")
        thread = posting.start_thread(
            user, space, page.title, Thread.Category.PRACTICE, source,
            taxonomy={"capacity_types": data.get("capacity_types") or [],
                      "sectors": data.get("sectors") or []},
            practice=page,
        )  # fmt: skip
    return page, thread


ANNOUNCEMENTS = {
    "in_progress": gettext_lazy(
        "Compartí una buena práctica que está en revisión editorial: **%(title)s**."
    ),
    "live": gettext_lazy("Se publicó en la biblioteca mi buena práctica: **%(title)s**."),
    "needs_changes": gettext_lazy(
        "Los editores pidieron cambios en mi buena práctica **%(title)s**; la estoy ajustando."
    ),
    "rejected": gettext_lazy(
        "Los editores decidieron no publicar en la biblioteca mi buena práctica **%(title)s**."
    ),
}


def announcement_source(page, status):
    """The announcement post's text for the practice's status, followed by its summary."""
    return str(ANNOUNCEMENTS[status]) % {"title": page.title} + "\n\n" + (page.summary or "")


def update_announcements(page, status):
    """Keeps each thread announcing the practice in step with the editors' decision: its opening
    post says where the practice stands, and once published it no longer waits for approval."""
    for thread in Thread.objects.filter(practice_id=page.pk):
        post = thread.posts.order_by("created", "pk").first()
        if post is None:
            continue
        post.source = announcement_source(page, status)
        if status == "live":
            post.approved = thread.approved = True
            thread.save(update_fields=["approved"])
        post.save()


def practice_status(page):
    """What the member sees: en revisión, cambios solicitados or publicada."""
    if page.live:
        return STATUS_LABELS["live"]
    state = page.current_workflow_state
    if state is not None:
        return STATUS_LABELS.get(state.status, STATUS_LABELS["in_progress"])
    return STATUS_LABELS["draft"]
