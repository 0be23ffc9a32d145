"""Spanish text analysis for the database backend, mirroring the Elasticsearch analyzer.

Both sides do the same: split into words, lowercase, drop accents ("Gestión" → "gestion"), stem
with the Snowball Spanish stemmer ("municipios" → "municip"), and expand the query with the
editor-managed synonyms. The database backend keeps the stored terms ("gestion hacienda") in a
full-text index that only splits on spaces, so queries match exactly what Python analysed.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)
PHRASE = re.compile(r'"([^"]*)"')
MARK_START, MARK_END = "\ue000", "\ue001"  # highlight sentinels; escaped text never contains them
_stemmer = snowballstemmer.stemmer("spanish")


def fold(word):
    """Lowercase without accents: 'PLANEACIÓN' → 'planeacion' (ñ becomes n, as in Elasticsearch)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=50_000)
def stem(word):
    return _stemmer.stemWord(fold(word))


def words(text):
    return WORD.findall(text or "")


def stems(text):
    return [stem(word) for word in words(text)]


def terms_text(text):
    """The stored form of a text: its stems, space-padded so a word's start is ` <prefix>`."""
    return f" {' '.join(stems(text))} "


@dataclass(frozen=True)
class Clause:
    """One thing a hit must contain: any of `alternatives`, each a sequence of stems (a phrase)."""

    alternatives: tuple


def parse_query(query, synonym_groups=()):
    """Clauses for a query: quoted phrases stay together, other words each match on their own.

    A synonym group (lists of stem sequences) that occurs in the plain words becomes one clause
    whose alternatives are all the group's members: "SGR" finds "sistema general de regalías".
    """
    phrases = [stems(p) for p in PHRASE.findall(query)]
    loose = stems(PHRASE.sub(" ", query))
    clauses = [Clause((tuple(p),)) for p in phrases if p]
    i = 0
    while i < len(loose):
        group, length = _synonym_at(loose, i, synonym_groups)
        if group:
            clauses.append(Clause(tuple(group)))
            i += length
        else:
            clauses.append(Clause(((loose[i],),)))
            i += 1
    return clauses


def _synonym_at(tokens, i, synonym_groups):
    """The longest synonym member starting at tokens[i], as (its group, its length)."""
    best, best_length = None, 0
    for group in synonym_groups:
        for member in group:
            n = len(member)
            if n > best_length and tuple(tokens[i : i + n]) == member:
                best, best_length = group, n
    return best, best_length


def query_stems(clauses):
    return {s for clause in clauses for alt in clause.alternatives for s in alt}


def snippet(text, clauses, size=30):
    """About `size` words of `text` around the first matching word, matches between sentinels."""
    tokens = list(WORD.finditer(text or ""))
    if not tokens:
        return ""
    wanted = query_stems(clauses)
    hits = [i for i, m in enumerate(tokens) if stem(m.group()) in wanted]
    start = max(0, (hits[0] if hits else 0) - size // 3)
    window = tokens[start : start + size]
    out, cursor = [], window[0].start()
    for m in window:
        out.append(text[cursor : m.start()])
        word = m.group()
        out.append(f"{MARK_START}{word}{MARK_END}" if stem(word) in wanted else word)
        cursor = m.end()
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + size < len(tokens) else ""
    return prefix + "".join(out) + suffix
