"""Keep the index true: every change goes through here, and none of it may break a save.

If the engine is down the content change still commits; a warning is logged and
`manage.py rebuild_search_index` restores the index.
"""

import logging

from django.db import transaction

from .backends import get_search_backend
from .documents import build_document, kind_of

logger = logging.getLogger(__name__)


def _safely(action, description):
    try:
        action()
    except Exception:  # noqa: BLE001 - an unreachable engine must not fail the editor's save
        logger.warning("search index not updated (%s); run rebuild_search_index", description)


def update(obj):
    """Index `obj` as it is now, or drop it when its kind says nobody may find it."""
    if hasattr(obj, "specific_class") and type(obj) is not obj.specific_class:
        obj = obj.specific  # a page fetched as its base class: index it as what it really is
    kind = kind_of(obj)
    if kind is None:
        return

    def apply():
        document = build_document(obj)
        backend = get_search_backend()
        if document is None:
            backend.remove(f"{kind.name}:{obj.pk}")
        else:
            backend.index(document)

    transaction.on_commit(lambda: _safely(apply, f"{kind.name}:{obj.pk}"))


def remove(kind_name, pk):
    key = f"{kind_name}:{pk}"
    transaction.on_commit(lambda: _safely(lambda: get_search_backend().remove(key), key))


def rebuild(progress=None):
    """Empty the index and add every findable object of every kind; returns how many."""
    from .documents import kinds

    backend = get_search_backend()
    backend.reset()
    count = 0
    for kind in kinds():
        for obj in kind.objects().iterator():
            document = kind.build(obj)
            if document is not None:
                backend.index(document)
                count += 1
            if progress:
                progress(kind, count)
    return count
