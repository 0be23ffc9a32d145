"""`manage.py generate_content`: realistic Spanish content at scale, for benchmarks.

    manage.py seed_demo                       # the library, spaces and vocabulary to build on
    manage.py generate_content --library 50000 --threads 20000 --posts 200000
    manage.py rebuild_search_index

Adds library items (guides, lessons, practices in equal shares) and community threads with
posts, written in bulk (see demo/scale/library.py and demo/scale/threads.py). The text is the
policy's own (demo/scale/text.py); the same --seed gives the same content.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from demo.scale.library import create_library_items
from demo.scale.text import SpanishText
from demo.scale.threads import create_threads
from knowledge.models import LibraryIndexPage
from reference.models import Municipality


class Command(BaseCommand):
    help = "Genera contenido realista en español a gran escala (para pruebas de rendimiento)."

    def add_arguments(self, parser):
        parser.add_argument("--library", type=int, default=0, help="Recursos de la biblioteca.")
        parser.add_argument("--threads", type=int, default=0, help="Hilos de la comunidad.")
        parser.add_argument("--posts", type=int, default=0, help="Publicaciones en esos hilos.")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, library, threads, posts, seed, **options):
        if threads and posts < threads:
            raise CommandError("Cada hilo necesita al menos una publicación: --posts >= --threads.")
        places = Municipality.objects.values_list("name", flat=True)
        text = SpanishText(seed, places=places)
        if library:
            index = LibraryIndexPage.objects.filter(depth=3).first()
            if index is None:
                raise CommandError("No hay biblioteca: ejecute primero `manage.py seed_demo`.")
            self.timed(
                "biblioteca", library, lambda p: create_library_items(index, library, text, p)
            )
        if threads:
            self.timed("hilos", threads, lambda p: create_threads(threads, posts, text, p))

    def timed(self, label, total, create):
        started = time.monotonic()

        def progress(done):
            self.stdout.write(f"  {label}: {done}/{total}")

        create(progress)
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"{total} {label} creados en {elapsed:.0f} s"))
