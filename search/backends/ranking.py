"""The database backend's ranking: BM25 over fields, from where each clause occurs.

For each clause the database gives only which entries hold it in the title, in the summary, in
the body (id lists: no per-entry statistics, since reading term frequencies for the 60,000
entries holding a common word costs more than a whole search may). An entry's score for a clause
is BM25's: the clause's IDF times a saturated frequency (k1 = 1.2), where the frequency is the
weighted sum of the fields holding it (title 6, summary 2.5, body 1: `FIELD_WEIGHTS`), as in
BM25F with each field counted once. Scores add up over the clauses and are multiplied by the
kind's weight; among equal scores the newest comes first. SQLite and PostgreSQL rank alike.

Entries holding the same clauses in the same fields score the same, so the ranking works on
groups of them held as bitsets (`&` and `bit_count()` run in C), never entry by entry: at 60,000
entries holding a common word that is what keeps a search within its time.
"""

import math
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from ..documents import kinds
from .snapshot import bitset, members

FIELD_WEIGHTS = (6.0, 2.5, 1.0)  # title, summary, body; tuned with make bench-relevance
K1 = 1.2
TITLE, SUMMARY, BODY = FIELD_WEIGHTS


def idf(matches, total):
    """BM25's inverse document frequency, never negative."""
    return math.log(1 + (total - matches + 0.5) / (matches + 0.5))


def saturated(frequency):
    return frequency * (K1 + 1) / (frequency + K1) if frequency else 0.0


@dataclass
class ClauseHits:
    """Where one clause occurs, as bitsets of entry ids, and its weight."""

    quoted: bool
    anywhere: int
    title: int
    summary: int
    idf: float

    def split(self, bits):
        """`bits` cut by where they hold the clause: [(state, bitset)], non-empty parts only.

        States: None (not held), or (in title, in summary); (False, False) is the body only."""
        held = bits & self.anywhere
        title, summary = held & self.title, held & self.summary
        parts = [
            (None, bits & ~self.anywhere),
            ((False, False), held & ~title & ~summary),
            ((True, False), title & ~summary),
            ((False, True), summary & ~title),
            ((True, True), title & summary),
        ]
        return [(state, part) for state, part in parts if part]

    def score(self, state):
        if state is None:
            return 0.0
        in_title, in_summary = state
        frequency = TITLE * in_title + SUMMARY * in_summary
        return self.idf * saturated(frequency or BODY)


def clause_hits(tables, clause, size, total):
    anywhere, title, summary = (bitset(ids, size) for ids in tables.clause_ids(clause))
    return ClauseHits(
        quoted=clause.quoted,
        anywhere=anywhere,
        title=title,
        summary=summary,
        idf=idf(anywhere.bit_count(), total),
    )


@dataclass
class Ranked:
    matched: int  # bitset of every hit
    first: list  # the best `count` ids, best first
    strict: int = 0  # bitset of the hits holding enough of the clauses (the others: relaxed)
    scores: list = field(default_factory=list)  # the score of each of `first`


def rank(hits, need, allowed, snapshot, count, relax_below=0):
    """The entries holding every quoted clause and `need` of the others, best first.

    With fewer than `relax_below` such entries, entries holding any clause follow them. With
    `count` 0, only which entries match."""
    within = allowed
    for h in hits:
        if h.quoted:
            within &= h.anywhere
    if any(not h.quoted for h in hits):
        within &= reduce(or_, (h.anywhere for h in hits if not h.quoted))
    groups = _groups(hits, within)
    strict = [g for g in groups if g.loose_held >= need]
    relaxed = need > 1 and sum(g.bits.bit_count() for g in strict) < relax_below
    chosen = groups if relaxed else strict
    matched = reduce(or_, (g.bits for g in chosen), 0)
    strict_bits = reduce(or_, (g.bits for g in strict), 0)
    if not count:
        return Ranked(matched, [], strict_bits)
    if relaxed:  # above any score: entries holding enough clauses before the others
        above = sum(h.idf for h in hits) * saturated(TITLE + SUMMARY + BODY) + 1.0
        for group in strict:
            group.score += above
    best = _best(chosen, snapshot, count)
    return Ranked(matched, [pk for pk, _ in best], strict_bits, [score for _, score in best])


@dataclass
class Group:
    """Entries holding the same clauses in the same fields: they score the same."""

    bits: int
    score: float = 0.0
    loose_held: int = 0


def _groups(hits, within):
    groups = [Group(within)] if within else []
    for h in hits:
        split = []
        for group in groups:
            for state, part in h.split(group.bits):
                held = state is not None and not h.quoted
                split.append(Group(part, group.score + h.score(state), group.loose_held + held))
        groups = split
    return [g for g in groups if g.score > 0]


def _best(groups, snapshot, count):
    """The best `count` (id, score) of the groups: by score times the kind's weight, then
    newest."""
    candidates = []  # (-score, place, pk)
    places = snapshot.places
    for group in sorted(groups, key=lambda g: -g.score):
        if len(candidates) >= count and -candidates[count - 1][0] > group.score:
            break  # kind weights only lower scores: no later group can place
        for weight, bits in _by_kind(group.bits, snapshot):
            score = group.score * weight
            newest = snapshot.newest(members(bits, snapshot.size), count)
            candidates += [(-score, places[pk], pk) for pk in newest]
        candidates.sort()
        del candidates[count:]
    return [(pk, -score) for score, _, pk in candidates]


def _by_kind(bits, snapshot):
    """(weight, bitset) parts of `bits`, one per kind weight."""
    of_kind = snapshot.facets.get("contenido", {})
    rest = bits
    for kind in kinds():
        if kind.weight != 1.0 and kind.name in of_kind:
            part = bits & of_kind[kind.name]
            if part:
                yield kind.weight, part
            rest &= ~of_kind[kind.name]
    if rest:
        yield 1.0, rest
