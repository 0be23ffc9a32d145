"""The judged relevance set (tests/search/relevance/) ranks the right items first on every backend.

The floors are the platform's targets: a regression in analysis or ranking fails here. Run
`make bench-relevance` for the full table with nDCG, and bench/README.md for the figures.
"""

import pytest

from search import indexing
from tests.search.relevance.evaluate import build_corpus, evaluate, load, table

pytestmark = pytest.mark.django_db

OVERALL = {"mrr": 0.90, "recall": 0.85}
EACH_CATEGORY_MRR = 0.70


def test_judged_queries_find_their_items_first(client, search_backend):
    corpus, queries = load()
    urls = build_corpus(corpus)
    indexing.rebuild()

    report, misses = evaluate(client, queries, urls)

    print(table({type(search_backend).__name__: report}))
    overall = report.pop("todas")
    for metric, floor in OVERALL.items():
        assert overall[metric] >= floor, (metric, overall, misses)
    weak = {c: r["mrr"] for c, r in report.items() if r["mrr"] < EACH_CATEGORY_MRR}
    assert not weak, (weak, misses)
