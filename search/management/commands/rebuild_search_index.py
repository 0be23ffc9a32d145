"""`manage.py rebuild_search_index`: build the site-search index again from the database, beside
the one searches use until it is complete (search/backends/rebuild.py for the database backend).

The way back after the engine was down (signals could not reach it) or after changing the
Elasticsearch mapping. Prints progress every 500 objects and a line per kind. `--pending` only
retries the updates that failed while the engine was down.
"""

import time

from django.core.management.base import BaseCommand

from search import indexing
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
        backend = get_search_backend()
        self.stdout.write(f"Backend: {type(backend).__name__}")
        started = time.monotonic()
        seen = {}

        def progress(kind, count):
            seen[kind.name] = seen.get(kind.name, 0) + 1
            if seen[kind.name] % 500 == 0:
                self.stdout.write(f"  {kind.name}: {seen[kind.name]} revisados, {count} indexados")

        count = indexing.rebuild(progress)
        for name, n in seen.items():
            self.stdout.write(f"  {name}: {n} revisados")
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"{count} documentos indexados en {elapsed:.1f} s"))
