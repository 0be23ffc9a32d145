"""A rebuild of the search index while a member writes, on a SQLite file: run in a process of its
own by test_rebuild_beside.py (`python -m tests.search.rebuild_beside`), which gives it the file in
DATABASE_URL and reads the JSON it prints last.

Twelve guides are indexed; then a rebuild starts in a thread, writing five documents per
transaction, and stops after its first transaction, in its progress callback, until released.
Meanwhile the main thread, on its own connection, searches, publishes a new guide, retitles and
unpublishes two the rebuild has already written, and searches again. Each write may wait 3 s for
the write lock, not the 20 s of the settings, so a rebuild that held it would fail them quickly.
"""

import json
import threading

import django

WAIT = 30  # seconds, for either thread; the test fails long before pytest's own timeout
FILLER = {"summary": "Texto.", "purpose": "<p>Texto.</p>", "audience": "Equipos territoriales"}


def titles(query):
    from django.contrib.auth.models import AnonymousUser

    from search.backends import get_search_backend

    results = get_search_backend().search(query, user=AnonymousUser(), limit=50)
    return sorted(hit.title for hit in results.hits)


def new_index_keys():
    """What the rebuild has written so far, in the tables it fills beside the live ones."""
    from django.db import connection

    from search.backends.rebuild import new_name

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key FROM {new_name('search_searchentry')}")  # noqa: S608
        return sorted(key for (key,) in cursor.fetchall())


def main():
    django.setup()
    from django.db import connection

    from knowledge.factories import GuidePageFactory, create_library
    from search import indexing
    from search.backends import database
    from search.backends.rebuild import CHANGED

    connection.settings_dict["OPTIONS"]["timeout"] = 3
    library = create_library()
    guides = [
        GuidePageFactory(parent=library, title=f"Guía de regalías {n:02d}", **FILLER)
        for n in range(12)
    ]
    database.REBUILD_BATCH = 5
    paused, resume, failures = threading.Event(), threading.Event(), []

    def pause_after_the_first_transaction(kind, indexed):
        if indexed == database.REBUILD_BATCH + 1 and not paused.is_set():
            paused.set()
            resume.wait(WAIT)

    def rebuild():
        try:
            indexing.rebuild(pause_after_the_first_transaction)
        except Exception as error:  # reported in the JSON
            failures.append(repr(error))
        finally:
            paused.set()
            connection.close()

    rebuilder = threading.Thread(target=rebuild)
    rebuilder.start()
    paused.wait(WAIT)
    report = {"written_before_the_writes": new_index_keys(), "found_during": titles("regalías")}
    written = {key for key in report["written_before_the_writes"] if key.startswith("guia:")}
    retitled, unpublished = [g for g in guides if f"guia:{g.pk}" in written][:2]
    report["retitled_from"], report["unpublished"] = retitled.title, unpublished.title
    try:
        GuidePageFactory(parent=library, title="Regalías del municipio nuevo", **FILLER)
        retitled.title = "Regalías con título nuevo"
        retitled.save_revision().publish()
        unpublished.unpublish()
        report["writes"] = "ok"
    except Exception as error:  # reported in the JSON
        report["writes"] = repr(error)
    report["rebuild_running_after_the_writes"] = rebuilder.is_alive()
    report["found_during_after_the_writes"] = titles("regalías")
    resume.set()
    rebuilder.join(WAIT)
    report["rebuild_failures"] = failures
    report["found_after"] = titles("regalías")
    GuidePageFactory(parent=library, title="Regalías después de la reconstrucción", **FILLER)
    report["found_after_a_later_write"] = titles("regalías")
    with connection.cursor() as cursor:
        cursor.execute(  # the new tables (and their full-text index's) and the change list
            "SELECT name FROM sqlite_master WHERE name LIKE '%\\_\\_new%' ESCAPE '\\' OR name = %s",
            [CHANGED],
        )
        report["tables_left"] = [name for (name,) in cursor.fetchall()]
    print(json.dumps(report))


if __name__ == "__main__":
    main()
