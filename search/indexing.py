"""Keep the index true: every change goes through here, and none of it may break a save.

Changes reach the engine when the transaction commits. If the engine is down the content change
still commits: a warning is logged and the document's key is kept in `PendingIndexUpdate`; the
next successful update retries every pending key (from the database as it is then), and
`manage.py rebuild_search_index --pending` does the same on demand (or rebuilds everything).
"""

import logging

from django.db import transaction

from . import semantic
from .backends import get_search_backend
from .documents import document_for, kind_by_name, kind_of
from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)

# Objects a rebuild reads per query.
READ_CHUNK = 500


def sync(kind, pk):
    """Make the index hold what the database says about (kind, pk) now; passages without their
    vector yet go to the task worker, which indexes the document again once it has them."""
    sync_key(f"{kind.name}:{pk}")


def sync_key(key):
    document = document_for(key)
    backend = get_search_backend()
    if document is None:
        backend.remove(key)
        return
    backend.index(document)
    if semantic.missing(document.passages()):
        from .tasks import embed_document

        embed_document.enqueue(key=key)


def _sync_or_remember(kind_name, pk):
    key = f"{kind_name}:{pk}"
    try:
        sync(kind_by_name(kind_name), pk)
    except Exception:  # noqa: BLE001 - an unreachable engine must not fail the editor's save
        logger.warning("search index not updated for %s; will retry", key)
        PendingIndexUpdate.objects.get_or_create(key=key)
        return
    PendingIndexUpdate.objects.filter(key=key).delete()
    retry_pending()


def retry_pending(limit=200):
    """Apply remembered updates; stops at the first failure (the engine is still down)."""
    done = 0
    for pending in PendingIndexUpdate.objects.order_by("created_at")[:limit]:
        kind_name, _, pk = pending.key.partition(":")
        try:
            sync(kind_by_name(kind_name), int(pk))
        except Exception:  # noqa: BLE001
            logger.warning("search index still unreachable; %s stays pending", pending.key)
            break
        pending.delete()
        done += 1
    return done


def update(obj):
    """Index `obj` as it is at commit time, or drop it when its kind says nobody may find it."""
    if hasattr(obj, "specific_class") and type(obj) is not obj.specific_class:
        obj = obj.specific  # a page fetched as its base class: index it as what it really is
    kind = kind_of(obj)
    if kind is not None:
        pk = obj.pk
        transaction.on_commit(lambda: _sync_or_remember(kind.name, pk))


def remove(kind_name, pk):
    transaction.on_commit(lambda: _sync_or_remember(kind_name, pk))


def every_object(kind):
    """Every object `kind.objects()` gives, read in chunks by primary key, each query read to its
    end. A query left open between chunks (`iterator()`) keeps a SQLite connection on the database
    as it was when the query began; a rebuild's next write would then fail at once ("database is
    locked") if anyone else had written since, instead of waiting its turn."""
    queryset = kind.objects().order_by("pk")
    chunk = list(queryset[:READ_CHUNK])
    while chunk:
        yield from chunk
        if len(chunk) < READ_CHUNK:
            return
        chunk = list(queryset.filter(pk__gt=chunk[-1].pk)[:READ_CHUNK])


# Documents whose passages a rebuild embeds together, before indexing them.
EMBED_BATCH = 64


def rebuild(progress=None, embedded=None):
    """Replace the index with every findable object of every kind; returns how many. Passages
    without a vector are embedded first, a batch of documents at a time (`embedded(n)` after
    each batch that needed it), and vectors no document uses any more are forgotten after."""
    from .documents import kinds

    counted = {"indexed": 0}
    used = set()

    def built():
        for kind in kinds():
            for obj in every_object(kind):
                document = kind.build(obj)
                if document is not None:
                    counted["indexed"] += 1
                    yield document
                if progress:
                    progress(kind, counted["indexed"])

    def documents():
        if semantic.model() is None:  # nothing to embed: each document goes on as it is built
            yield from built()
            return
        batch = []
        for document in built():
            batch.append(document)
            if len(batch) == EMBED_BATCH:
                yield from with_vectors(batch)
                batch = []
        yield from with_vectors(batch)

    def with_vectors(batch):
        texts = [text for document in batch for text in document.passages()]
        used.update(semantic.digest(text) for text in texts)
        done = semantic.embed_missing(texts)
        if done and embedded:
            embedded(done)
        return batch

    PendingIndexUpdate.objects.all().delete()
    get_search_backend().rebuild(documents())
    if semantic.model() is not None:
        semantic.prune(used)
    return counted["indexed"]
