"""A PostgreSQL rebuild run from `manage.py rebuild_search_index`: documents are built in this
thread while a thread of its own, with a database connection of its own, streams their rows to
PostgreSQL with COPY (tables.py, `PostgresIndex.load`) in one transaction.

Building documents is Python's work and storing them PostgreSQL's (analysing the body vector,
filling the GIN indexes): about half each. One connection cannot do both at once, as building
reads content through the connection a COPY keeps busy, so a rebuild took the sum of the two
halves (251 s at 70,000 documents). Apart, they run on two cores at once, and the writer thread
holds the interpreter's lock only to hand rows on.

Called inside a transaction (a test, a caller's `atomic`), a second connection would not see what
that transaction wrote: the backend then rebuilds on its one connection (rebuild.py).
"""

import queue
import threading

from django.db import connection

# Rows handed to the writer at a time, and how many such batches may wait for it.
HANDED_OVER, WAITING = 200, 8
_DONE, _STOP = object(), object()


class BuildingFailed(Exception):
    """Raised to the writer when the documents could not all be built: its transaction is
    rolled back and searches keep the index as it was."""


def streams():
    """Whether a rebuild can stream: on PostgreSQL, outside any transaction."""
    return connection.vendor == "postgresql" and not connection.in_atomic_block


def write_in_a_thread(rows, write):
    """Call `write(received)` in a thread of its own, `received` yielding `rows` as this thread
    makes them; return what `write` returns. An error on either side stops both and is raised
    here; the writer's is raised after the builder has stopped."""
    handed = queue.Queue(maxsize=WAITING)
    outcome = {"open": True}

    def received():
        while (batch := handed.get()) is not _DONE:
            if batch is _STOP:
                outcome["open"] = False
                raise BuildingFailed
            yield from batch
        outcome["open"] = False

    def run():
        try:
            outcome["result"] = write(received())
        except BaseException as error:  # noqa: BLE001 - raised again in the calling thread
            outcome["error"] = error
            while outcome["open"] and handed.get() not in (_DONE, _STOP):
                pass  # let the builder see the error instead of waiting on a full queue
        finally:
            connection.close()  # this thread's own

    writer = threading.Thread(target=run, name="search-rebuild-writer")
    writer.start()
    batch = []
    try:
        for row in rows:
            batch.append(row)
            if len(batch) == HANDED_OVER:
                if "error" in outcome:
                    break
                handed.put(batch)
                batch = []
        else:
            handed.put(batch)
    except BaseException:
        handed.put(_STOP)
        writer.join()
        raise
    handed.put(_DONE)
    writer.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
