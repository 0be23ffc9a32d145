"""`manage.py rebuild_search_index`: build the site-search index again from the database, beside
the one searches use until it is complete (search/backends/rebuild.py for the database backend).

The way back after the engine was down (signals could not reach it) or after changing the
Elasticsearch mapping. Prints progress every 500 objects and a line per kind, and how many
passages it embedded (search by meaning: only those without a vector yet, on every core).
`--pending` only retries the updates that failed while the engine was down.
"""

import os
import time

from django.core.management.base import BaseCommand

from search import indexing, semantic
from search.backends import get_search_backend
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Reconstruye el índice de la búsqueda del sitio."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pending",
            action="store_true",
            help="Solo reintenta las actualizaciones pendientes (el motor estuvo caído).",
        )

    def handle(self, *args, **options):
        if options["pending"]:
            done = indexing.retry_pending(limit=None)
            left = PendingIndexUpdate.objects.count()
            self.stdout.write(f"{done} actualizaciones aplicadas, {left} pendientes")
            return
        # The embedding engine reads its thread count when it loads: here, every core.
        os.environ.setdefault("OMP_NUM_THREADS", str(os.cpu_count() or 1))
        backend = get_search_backend()
        self.stdout.write(f"Backend: {type(backend).__name__}")
        self.stdout.write(f"Búsqueda por significado: {semantic.status()}")
        started = time.monotonic()
        seen = {}

        def progress(kind, count):
            seen[kind.name] = seen.get(kind.name, 0) + 1
            if seen[kind.name] % 500 == 0:
                self.stdout.write(f"  {kind.name}: {seen[kind.name]} revisados, {count} indexados")

        embedded = {"n": 0}

        def passages(done):
            embedded["n"] += done
            if embedded["n"] // 1000 == (embedded["n"] - done) // 1000:
                return  # a line per thousand passages
            rate = embedded["n"] / max(time.monotonic() - started, 0.001)
            self.stdout.write(f"  {embedded['n']} pasajes con vector nuevo ({rate:.0f}/s)")

        count = indexing.rebuild(progress, passages)
        for name, n in seen.items():
            self.stdout.write(f"  {name}: {n} revisados")
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} documentos indexados en {elapsed:.1f} s"
                f" ({embedded['n']} pasajes con vector nuevo)"
            )
        )
