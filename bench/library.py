"""Library at scale: response time and query count of the pages a practitioner uses most.

    make bench                      # or: .venv/bin/python bench/library.py --items 3000

Builds (once) a library of N items with the test factories in its own SQLite file under
.cache/bench/, then requests each URL several times through Django's test client and prints the
median time and the number of SQL queries. Figures go into bench/README.md by hand, with the
machine they were taken on; numbers from a laptop are only comparable with each other.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"


def configure(items):
    CACHE.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{CACHE / f'library-{items}.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.test")
    os.environ.setdefault("MEDIA_ROOT", str(CACHE / "media"))
    import logging

    import django

    django.setup()
    # One line per created page or per Elasticsearch request is noise here.
    for noisy in ("wagtail", "elastic_transport"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def build_library(items):
    """Create the library once per database file; later runs reuse it."""
    import random

    from django.core.management import call_command

    from knowledge.factories import (
        GuidePageFactory,
        LessonPageFactory,
        PracticePageFactory,
        create_library,
    )
    from knowledge.models import KnowledgePage, LibraryIndexPage

    call_command("migrate", verbosity=0)
    existing = KnowledgePage.objects.count()
    if existing >= items:
        return LibraryIndexPage.objects.get(slug="biblioteca")
    library = LibraryIndexPage.objects.filter(slug="biblioteca").first() or create_library()
    rng = random.Random(2026)  # noqa: S311 - reproducible data, not security
    factories = (GuidePageFactory, LessonPageFactory, PracticePageFactory)
    started = time.perf_counter()
    for n in range(existing, items):
        factories[n % 3](
            parent=library,
            capacity_levels=rng.sample(["humano", "institucional", "gerencial"], 1),
            capacity_types=rng.sample(["institucional", "sectorial", "poblacional"], 2),
            sectors=rng.sample(["salud", "educacion", "hacienda-publica", "planeacion"], 2),
            cycle_stages=rng.sample(["planeacion", "ejecucion", "seguimiento-y-evaluacion"], 1),
            departments=rng.sample(["05", "15", "19", "27", "52", "86"], 2),
            tags=rng.sample(["catastro", "MDM", "PDT", "regalías", "MIPG"], 2),
            entity=rng.choice(["dnp", "esap", "funcion-publica"]),
        )
        if n % 250 == 0:
            print(f"  {n}/{items} items ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return library


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            body = b"".join(response) if response.streaming else response.content
            timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings) * 1000, len(queries), len(body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    configure(args.items)
    library = build_library(args.items)

    from django.test import Client

    client = Client()
    base = library.url
    urls = [
        base,
        f"{base}?tipo=institucional&sector=salud&departamento=52",
        f"{base}?tipo=institucional&sector=salud&departamento=52&orden=titulo&page=3",
        f"{base}rss/?sector=salud",
        f"{base}csv/",
        "/api/v2/pages/?type=knowledge.GuidePage&fields=capacity_types,sectors&limit=20",
    ]
    print(f"{args.items} library items, median of {args.repeat} requests\n")
    print(f"| {'URL':<72} | ms | queries | KB |")
    print(f"| {'-' * 72} | --: | --: | --: |")
    for url in urls:
        milliseconds, queries, size = measure(client, url, args.repeat)
        print(f"| `{url}`{' ' * max(0, 70 - len(url))} | {milliseconds:.0f} | {queries} "
              f"| {size / 1024:.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()
