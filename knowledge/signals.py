"""The stored PDFs follow the pages (knowledge/pdf.py): publishing asks the task worker for the
new ones once the transaction commits; unpublishing, a privacy restriction, a move or deletion
drop the stored copies at once, so a page that stops being public leaves none behind."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import pdf
from .models import KnowledgePage


def _items_under(page):
    return KnowledgePage.objects.descendant_of(page, inclusive=True)


def _prepare_later(page_id):
    from .tasks import prepare_pdfs

    if not settings.KNOWLEDGE_PDFS_ON_PUBLISH:
        return  # made on the first request (pdf.pdf_of)
    transaction.on_commit(lambda: prepare_pdfs.enqueue(page_id), robust=True)


@receiver(page_published)
def page_published_(sender, instance, **kwargs):
    if isinstance(instance, KnowledgePage):
        _prepare_later(instance.pk)


@receiver(page_unpublished)
def page_unpublished_(sender, instance, **kwargs):
    if isinstance(instance, KnowledgePage):
        pdf.discard(instance)


@receiver(post_delete, sender=KnowledgePage)
def item_deleted(sender, instance, **kwargs):
    pdf.discard(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    """Its address, printed in the PDF and its QR code, changed."""
    for item in _items_under(instance).only("pk", "live"):
        pdf.discard(item)
        if item.live:
            _prepare_later(item.pk)


@receiver(post_save, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        for item in _items_under(page).only("pk"):
            pdf.discard(item)
