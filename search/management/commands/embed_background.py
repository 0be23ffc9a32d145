"""`manage.py embed_background [sentences.txt]`: make search/e5_background.txt again, the mean
vector of the policy's own sentences that search by meaning takes out of every vector
(search/semantic.py, BACKGROUND). Run it only when the model or the sentences change, then
`manage.py rebuild_search_index` (the digests change with `semantic.VERSION`, bump it too)."""

from pathlib import Path

import numpy as np

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search import semantic

SENTENCES = Path(settings.BASE_DIR) / "core" / "data" / "policy_sentences.txt"


class Command(BaseCommand):
    help = "Calcula el vector medio de las frases de la política (búsqueda por significado)."

    def add_arguments(self, parser):
        parser.add_argument("sentences", nargs="?", default=str(SENTENCES))

    def handle(self, *args, sentences, **options):
        encoder = semantic.model()
        if encoder is None:
            raise CommandError("El modelo de búsqueda por significado no está disponible.")
        lines = [line for line in Path(sentences).read_text(encoding="utf-8").splitlines() if line]
        mean = np.asarray(encoder.passage(lines), dtype=np.float32).mean(axis=0)
        np.savetxt(semantic.BACKGROUND, mean, fmt="%.6f")
        self.stdout.write(f"{semantic.BACKGROUND.name}: media de {len(lines)} frases")
