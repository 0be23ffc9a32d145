"""The judged relevance set (tests/search/relevance/) ranks the right items first on every backend,
with search by meaning on, as the site runs.

The floors are the platform's targets: a regression in analysis, embedding or fusion fails here.
Queries in the documents' own vocabulary (every category but "palabras propias") keep the floors
they had before search by meaning; questions in a person's own words have floors of their own.
Run `make bench-relevance` for the full table with nDCG, and bench/README.md for the figures.
"""

import pytest

from search import indexing
from tests.search.relevance.evaluate import build_corpus, evaluate, load, table

pytestmark = pytest.mark.django_db

EVERYDAY = "palabras_propias"
KEYWORDS = {"mrr": 0.90, "recall": 0.85}  # over every keyword category together
EACH_KEYWORD_CATEGORY_MRR = 0.70
OWN_WORDS = {"mrr": 0.82, "recall": 0.68}


def test_judged_queries_find_their_items_first(client, semantic_search, search_backend):
    corpus, queries = load()
    urls = build_corpus(corpus)
    indexing.rebuild()

    keyword_queries = [q for q in queries if q["category"] != EVERYDAY]
    report, misses = evaluate(client, keyword_queries, urls)
    everyday, everyday_misses = evaluate(
        client, [q for q in queries if q["category"] == EVERYDAY], urls
    )

    print(table({type(search_backend).__name__: {**report, EVERYDAY: everyday["todas"]}}))
    overall = report.pop("todas")
    for metric, floor in KEYWORDS.items():
        assert overall[metric] >= floor, (metric, overall, misses)
    weak = {c: r["mrr"] for c, r in report.items() if r["mrr"] < EACH_KEYWORD_CATEGORY_MRR}
    assert not weak, (weak, misses)
    for metric, floor in OWN_WORDS.items():
        assert everyday["todas"][metric] >= floor, (metric, everyday, everyday_misses)
