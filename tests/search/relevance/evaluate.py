"""The judged relevance set: build its corpus through the real models, ask each query through
the JSON API as an anonymous visitor, and score the ranking.

Used by `tests/search/test_relevance.py` (floors on every backend) and by `bench/relevance.py`
(`make bench-relevance`, the figures in bench/README.md). The corpus and the judgments
(`corpus.json`, `queries.json`) were written for this purpose, not taken from the demo content.
Grades: 3 answers the query, 2 clearly relevant, 1 partly. A hit is relevant with any grade.
"""

import datetime
import json
import math
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUTOFF = 10
CATEGORIES = {
    "sin_acentos": "sin acentos",
    "acentos_mayusculas": "acentos y mayúsculas",
    "inflexion": "flexión",
    "sigla": "sigla ↔ nombre",
    "frase": "frase entre comillas",
    "errata": "errata",
    "pregunta": "pregunta",
    "termino_raro": "término raro",
    "palabras_propias": "palabras propias",
}


def load():
    corpus = json.loads((HERE / "corpus.json").read_text(encoding="utf-8"))
    queries = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))
    return corpus, queries


def paragraphs(text):
    return "".join(f"<p>{part.strip()}</p>" for part in text.split("\n") if part.strip())


def build_corpus(corpus):
    """Create every item as published content; returns {url: item id}. Index it afterwards."""
    from accounts.factories import UserFactory
    from community.factories import PostFactory, SpacePageFactory, ThreadFactory, create_community
    from knowledge.factories import (
        GuidePageFactory,
        LessonPageFactory,
        PracticePageFactory,
        create_library,
    )
    from training.factories import CoursePageFactory, create_plan

    library = create_library(summary="Índice de recursos.")
    space = SpacePageFactory(parent=create_community(), title="Red de secretarías de planeación")
    plan = create_plan()
    author = UserFactory(username="autora_relevancia")
    filler = "<p>Sin información adicional.</p>"
    library_fields = {
        "guia": (GuidePageFactory, "purpose", {"audience": "Equipos territoriales"}),
        "leccion": (
            LessonPageFactory,
            "context",
            {
                "programme": "Programa",
                **dict.fromkeys(
                    ["what_was_done", "what_worked", "what_did_not", "recommendation"], filler
                ),
            },
        ),
        "practica": (
            PracticePageFactory,
            "problem",
            dict.fromkeys(["solution", "replication_conditions"], filler),
        ),
    }
    urls = {}
    for item in corpus:
        date = datetime.date.fromisoformat(item["date"])
        if item["kind"] in library_fields:
            factory, field, others = library_fields[item["kind"]]
            page = factory(
                parent=library,
                title=item["title"],
                summary=item["summary"],
                publication_date=date,
                **{field: paragraphs(item["body"])},
                **others,
            )
            urls[page.url] = item["id"]
        elif item["kind"] == "curso":
            page = CoursePageFactory(
                parent=plan,
                title=item["title"],
                summary=item["summary"],
                learning_outcomes=paragraphs(item["body"]),
            )
            urls[page.url] = item["id"]
        else:
            first, *replies = [p for p in item["body"].split("\n") if p.strip()] or [""]
            thread = ThreadFactory(space=space, author=author, title=item["title"], source=first)
            for reply in replies:
                PostFactory(thread=thread, author=author, source=reply)
            urls[thread.get_absolute_url()] = item["id"]
    return urls


def ranked_ids(client, query, urls):
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200, (query, response.status_code)
    return [urls.get(hit["url"]) for hit in response.json()["results"][:CUTOFF]]


def scores(ranked, judgments):
    """MRR, nDCG and recall at the cutoff for one query."""
    relevant = {item for item, grade in judgments.items() if grade > 0}
    first = next((i for i, item in enumerate(ranked, 1) if item in relevant), None)
    gains = [2 ** judgments.get(item, 0) - 1 for item in ranked]
    ideal = sorted((2**g - 1 for g in judgments.values()), reverse=True)[:CUTOFF]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return {
        "mrr": 1 / first if first else 0.0,
        "ndcg": dcg / idcg if idcg else 0.0,
        "recall": len(relevant & set(ranked)) / len(relevant),
    }


def evaluate(client, queries, urls):
    """{"todas" and each category: {"mrr", "ndcg", "recall", "n"}}, plus the misses."""
    by_category, misses = defaultdict(list), []
    for query in queries:
        ranked = ranked_ids(client, query["query"], urls)
        result = scores(ranked, query["judgments"])
        by_category[query["category"]].append(result)
        by_category["todas"].append(result)
        lost = sorted(item for item, grade in query["judgments"].items() if item not in ranked)
        if result["mrr"] < 1 or lost:
            misses.append((query["query"], result["mrr"], ranked[:3], lost))
    report = {
        category: {
            **{m: sum(r[m] for r in results) / len(results) for m in ("mrr", "ndcg", "recall")},
            "n": len(results),
        }
        for category, results in by_category.items()
    }
    return report, misses


def table(reports):
    """Markdown rows: one per backend and category."""
    lines = ["| backend | categoría | consultas | MRR@10 | nDCG@10 | recall@10 |", "|---" * 6 + "|"]
    for backend, report in reports.items():
        for category in ["todas", *CATEGORIES]:
            if category in report:
                r = report[category]
                label = CATEGORIES.get(category, "todas")
                lines.append(
                    f"| {backend} | {label} | {r['n']} | {r['mrr']:.3f} | {r['ndcg']:.3f}"
                    f" | {r['recall']:.3f} |"
                )
    return "\n".join(lines)
