"""Site search at scale: index rebuild time and query latency on the configured backend.

    make bench-search                                   # database backend, 3,000 items
    ELASTICSEARCH_URL=http://127.0.0.1:59200 make bench-search   # the same on Elasticsearch

Builds (once) a library of N items in .cache/bench/ whose Spanish text comes from the demo items
(knowledge/demo_content.py), each reused many times with a numbered title, so queries meet real
words, stems and synonyms; rebuilds the search index (timed), then requests the search page, the
JSON API and autocomplete several times.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library import CACHE, configure, measure  # noqa: E402

QUERIES = [
    "/buscar/?q=gestion",
    "/buscar/?q=municipios+salud",
    "/buscar/?q=SGR&tipo=sectorial",
    "/buscar/?q=%22plan+de+desarrollo%22&orden=recientes&page=2",
    "/api/search/?q=salud&departamento=52",
    "/buscar/autocompletar/?q=gest",
]


def build_spanish_library(items):
    from django.core.management import call_command

    from knowledge.demo_content import GUIDES, LESSONS, PRACTICES
    from knowledge.factories import (
        GuidePageFactory,
        LessonPageFactory,
        PracticePageFactory,
        create_library,
    )
    from knowledge.models import KnowledgePage, LibraryIndexPage

    call_command("migrate", verbosity=0)
    existing = KnowledgePage.objects.count()
    library = LibraryIndexPage.objects.filter(slug="biblioteca").first() or create_library()
    sources = [
        (factory, item)
        for factory, data in ((GuidePageFactory, GUIDES), (LessonPageFactory, LESSONS),
                              (PracticePageFactory, PRACTICES))
        for item in data
    ]  # fmt: skip
    for n in range(existing, items):
        factory, item = sources[n % len(sources)]
        factory(
            parent=library,
            title=f"{item['title']} ({n})",
            summary=item["summary"],
            capacity_levels=item["levels"],
            capacity_types=item["types"],
            sectors=item["sectors"],
            cycle_stages=item["stages"],
            departments=item["departments"],
            tags=item["tags"],
            entity=item["entity"],
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{CACHE / f'search-{args.items}.sqlite3'}")
    configure(args.items)
    build_spanish_library(args.items)

    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    backend = settings.REDATT_SEARCH["BACKEND"].rsplit(".", 1)[-1]
    started = time.perf_counter()
    call_command("rebuild_search_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    rebuild = time.perf_counter() - started
    client = Client()
    print(f"{backend}, {args.items} library items; index rebuilt in {rebuild:.1f} s")
    print(f"median of {args.repeat} requests\n")
    print("| URL | ms | queries | KB |")
    print("| --- | --: | --: | --: |")
    for url in QUERIES:
        milliseconds, queries, size = measure(client, url, args.repeat)
        print(f"| `{url}` | {milliseconds:.0f} | {queries} | {size / 1024:.0f} |")


if __name__ == "__main__":
    main()
