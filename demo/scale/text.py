"""Realistic Spanish text for content generated at scale (`manage.py generate_content`).

Bodies are sentences of the CONPES ATT policy itself (core/data/policy_sentences.txt, extracted
from the policy text; search by meaning reads it too), so word frequencies, accents, inflections
and acronyms are those of real content; titles combine the policy's themes with real place names.
Seeded, so the same arguments give the same content.
"""

import random
from functools import cached_property
from pathlib import Path

import core

SENTENCES = Path(core.__file__).parent / "data" / "policy_sentences.txt"

THEMES = [
    "gestión de la hacienda pública territorial",
    "formulación del plan de desarrollo territorial",
    "seguimiento al plan de desarrollo",
    "presupuesto por resultados",
    "proyectos de inversión del Sistema General de Regalías",
    "medición de desempeño municipal",
    "rendición de cuentas",
    "catastro multipropósito",
    "ordenamiento territorial",
    "contratación pública",
    "gestión documental",
    "control interno y MIPG",
    "reporte al FURAG",
    "índice de desempeño fiscal",
    "participación ciudadana",
    "atención a población víctima",
    "enfoque étnico en la planeación",
    "agua potable y saneamiento básico",
    "gestión del riesgo de desastres",
    "salud pública territorial",
    "calidad educativa",
    "alimentación escolar",
    "vías terciarias",
    "desarrollo rural y asistencia agropecuaria",
    "asociatividad territorial",
    "cooperación técnica entre municipios",
    "gobierno digital",
    "gestión del talento humano",
    "empalme entre administraciones",
    "banco de proyectos",
    "recaudo del impuesto predial",
    "saneamiento fiscal",
    "sistemas de información territorial",
    "asistencia técnica territorial",
]
FORMS = {
    "guia": [
        "Guía de {t}",
        "Ruta metodológica de {t}",
        "Lineamientos de {t}",
        "Caja de herramientas: {t}",
    ],
    "leccion": ["Lecciones aprendidas en {t}: {p}", "{T}: aprendizajes en {p}"],
    "practica": ["{T} en {p}", "Buena práctica de {t} en {p}"],
    "hilo": [
        "¿Cómo avanzar en {t} en {p}?",
        "Dudas sobre {t}",
        "Experiencias con {t} en {p}",
        "Consulta: {t}",
    ],
}


class SpanishText:
    def __init__(self, seed=2026, places=("Colombia",)):
        self.rng = random.Random(seed)  # noqa: S311 - reproducible content, not security
        self.places = list(places) or ["Colombia"]

    @cached_property
    def sentences(self):
        return SENTENCES.read_text(encoding="utf-8").splitlines()

    def title(self, kind):
        theme = self.rng.choice(THEMES)
        form = self.rng.choice(FORMS[kind])
        return form.format(t=theme, T=theme[0].upper() + theme[1:], p=self.rng.choice(self.places))

    def sentence_run(self, low, high):
        """Between `low` and `high` consecutive policy sentences, as one paragraph."""
        count = self.rng.randint(low, high)
        start = self.rng.randrange(len(self.sentences))
        return " ".join(self.sentences[(start + i) % len(self.sentences)] for i in range(count))

    def paragraphs(self, low, high, sentences=(2, 4)):
        return [self.sentence_run(*sentences) for _ in range(self.rng.randint(low, high))]

    def pick(self, items, low, high):
        return self.rng.sample(list(items), min(len(items), self.rng.randint(low, high)))
