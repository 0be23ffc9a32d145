"""From conversation to knowledge: a member's best practice becomes a draft library page in review.

The page is created as a draft owned by the member and started on the page's Wagtail workflow
(by default "Revisión editorial", approved by Editores); a "buena práctica" thread in the space
points at it. Members' text is plain: it is escaped into paragraphs, never taken as HTML.
"""

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

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
    )
    index.add_child(instance=page)
    for field in ("capacity_types", "sectors", "departments"):
        getattr(page, field).set(data.get(field) or [])
    page.save()  # parental many-to-many values are written on save, and kept by the revision
    page.save_revision(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    thread = None
    if space is not None:
        source = (
            _("Compartí una buena práctica que está en revisión editorial: **%(title)s**.")
            % {"title": page.title}
            + "\n\n"
            + data["summary"]
        )
        thread = posting.start_thread(
            user, space, page.title, Thread.Category.PRACTICE, source,
            taxonomy={"capacity_types": data.get("capacity_types") or [],
                      "sectors": data.get("sectors") or []},
            practice=page,
        )  # fmt: skip
    return page, thread


def practice_status(page):
    """What the member sees: en revisión, cambios solicitados or publicada."""
    if page.live:
        return STATUS_LABELS["live"]
    state = page.current_workflow_state
    if state is not None:
        return STATUS_LABELS.get(state.status, STATUS_LABELS["in_progress"])
    return STATUS_LABELS["draft"]
