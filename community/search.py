"""Community threads in the site search: a thread and its visible replies are one document.

What may be found follows community/permissions.py: threads every reader of a live space sees,
with the words of the posts those readers see. A private space's threads carry the audience
"espacio:<pk>", held by its members and moderators. Threads and posts are plain models, so the
receivers below re-index a thread whenever it, one of its posts or its space changes.
"""

from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.signals import page_unpublished

from search import indexing
from search.documents import (
    PUBLIC,
    SearchDocument,
    is_known_findable,
    known_findable,
    register_audience,
    register_kind,
    register_page_kind,
)

from .models import Post, SpacePage, Thread
from .permissions import readable_space_ids, shown_to_readers, threads_shown_to_readers


def space_audience(space_pk):
    return f"espacio:{space_pk}"


def indexed_posts():
    """The posts whose words a thread's document holds: those every reader sees."""
    return Post.objects.filter(shown_to_readers(), deleted=False).order_by("created", "pk")


def thread_document(thread):
    """A shown thread of a live space: title, visible posts' text and its capacity tags."""
    if (
        not is_known_findable(thread)
        and not threads_shown_to_readers().filter(pk=thread.pk).exists()
    ):
        return None
    space = thread.space
    posts = getattr(thread, "indexed_posts", None)
    if posts is None:
        posts = indexed_posts().filter(thread=thread)
    return SearchDocument(
        kind="hilo",
        pk=thread.pk,
        title=thread.title,
        url=thread.get_absolute_url(),
        body="\n".join(get_text_for_indexing(post.html) for post in posts),
        date=thread.last_activity.date(),
        territory=space.title,
        facets={
            "nivel": [t.slug for t in thread.capacity_levels.all()],
            "tipo": [t.slug for t in thread.capacity_types.all()],
            "sector": [t.slug for t in thread.sectors.all()],
        },
        audience=[space_audience(space.pk) if space.is_private else PUBLIC],
    )


def register():
    register_kind(
        "hilo",
        label=_("Conversación"),
        model=Thread,
        build=thread_document,
        objects=lambda: (
            known_findable(threads_shown_to_readers())
            .select_related("space")
            .prefetch_related(
                Prefetch("posts", queryset=indexed_posts(), to_attr="indexed_posts"),
                "capacity_levels",
                "capacity_types",
                "sectors",
            )
        ),
    )
    register_page_kind("espacio", _("Espacio de la comunidad"), SpacePage)
    register_audience(lambda user: {space_audience(pk) for pk in readable_space_ids(user)})


def _update_threads_of(space_pk):
    for thread in Thread.objects.filter(space_id=space_pk).only("pk"):
        indexing.update(thread)


@receiver(post_save, sender=Thread)
def thread_saved(sender, instance, raw=False, **kwargs):
    """Edited, hidden, approved, moved to another space: the document follows."""
    if not raw:
        indexing.update(instance)


@receiver(post_save, sender=Post)
@receiver(post_delete, sender=Post)
def post_changed(sender, instance, raw=False, **kwargs):
    """A reply written, edited, hidden, approved or deleted changes its thread's text."""
    thread = Thread.objects.filter(pk=instance.thread_id).only("pk").first()
    if thread is not None and not raw:
        indexing.update(thread)


@receiver(post_save, sender=SpacePage)
def space_saved(sender, instance, raw=False, **kwargs):
    """Public ↔ private changes who may find every thread of the space."""
    if not raw:
        _update_threads_of(instance.pk)


@receiver(page_unpublished)
def space_unpublished(sender, instance, **kwargs):
    """Unpublishing may save the space as a plain Page, which `space_saved` does not hear."""
    if isinstance(instance, Page) and instance.specific_class is SpacePage:
        _update_threads_of(instance.pk)
