"""Pages reach the search index at once: publish, unpublish, delete, move, privacy changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing
from .documents import kind_of


def _update_tree(page):
    """The page and everything below it: visibility is inherited from ancestors."""
    for each in Page.objects.descendant_of(page, inclusive=True).specific().iterator():
        indexing.update(each)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    _update_tree(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    _update_tree(instance)


@receiver(post_delete)
def object_deleted(sender, instance, **kwargs):
    kind = kind_of(instance)
    if kind is not None:
        indexing.remove(kind.name, instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _update_tree(page)
