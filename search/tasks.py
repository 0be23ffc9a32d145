"""Work the task worker does for search: embedding what was published or changed."""

from django_tasks import task

from . import indexing, semantic
from .documents import document_for


@task()
def embed_document(key):
    """Embed the passages of the document `key` that have none yet, then index it again with
    them: until then it is found by its words only (search/semantic.py)."""
    document = document_for(key)
    if document is not None and semantic.embed_missing(document.passages()):
        indexing.sync_key(key)
