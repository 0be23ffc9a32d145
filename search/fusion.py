"""Two rankings made one: the words' (BM25) and the meaning's (search/semantic.py).

Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): an item scores the sum over the
rankings of weight / (K + its rank there). It needs no calibration between BM25 scores, which
grow with the query's length, and cosine similarities; and a document both rankings place high
comes first. The constants were chosen on the judged set (tests/search/relevance/, `make
bench-relevance`) by a grid over all of them at once, scored on every category together, never
per query (search/README.md has the figures).
"""

from collections import defaultdict

# A small K lets the first places of each ranking count for more than the tail (10 against the
# customary 60: everyday-words MRR 0.71 → 0.74 at the same keyword MRR).
K = 10
LEXICAL = 1.0
SEMANTIC = 1.0
# Hits found only because they hold some of the words (the lexical ranking relaxed: fewer than
# RELAX_BELOW hits held enough of them) are weak evidence: they count this much of a full hit.
RELAXED = 0.25
# How deep each ranking is read: enough for the first pages; deeper pages follow lexically.
DEPTH = 50
# Passages less similar than this to the query (centred cosine, search/semantic.py) are not hits
# at all: strings of random letters reach 0.27–0.31 on the judged set, while the nearest passage
# of 95 % of its real questions is above 0.34.
MIN_SIMILARITY = 0.33


def fuse(lexical, semantic, relaxed=frozenset(), lexical_scores=None):
    """Ids best first: `lexical` and `semantic` are ids best first; `relaxed` the lexical ids
    found with too few of the query's words. With `lexical_scores`, ids scoring the same share
    the better rank: BM25 ties (two titles holding every word) are left for the meaning to
    break, not the date."""
    scores = defaultdict(float)
    ranks = shared_ranks(lexical_scores) if lexical_scores else range(1, len(lexical) + 1)
    for rank, pk in zip(ranks, lexical, strict=True):
        scores[pk] += (RELAXED if pk in relaxed else LEXICAL) / (K + rank)
    for rank, pk in enumerate(semantic, 1):
        scores[pk] += SEMANTIC / (K + rank)
    return sorted(scores, key=lambda pk: -scores[pk])  # stable: lexical order breaks ties


def shared_ranks(scores):
    """1-based ranks of scores given best first, equal scores sharing the first of their ranks
    (1, 2, 2, 4...)."""
    ranks, previous = [], None
    for place, score in enumerate(scores, 1):
        tied = previous is not None and abs(score - previous) <= 1e-9 * max(1.0, abs(score))
        ranks.append(ranks[-1] if tied else place)
        previous = score
    return ranks


def close_enough(scored):
    """The (id, similarity, ...) items similar enough to be hits, in their order."""
    return [item for item in scored if item[1] >= MIN_SIMILARITY]
