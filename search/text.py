"""The one Spanish analysis every search backend uses, in Python, so all of them behave alike.

A text becomes terms: split into words, lowercase, drop accents ("Gestión" → "gestion"), drop
Spanish stop words ("de", "cómo", "para"...), and stem with the Snowball Spanish stemmer
("municipios" → "municipi"), except for the words in `STEM_OVERRIDES`, where Snowball joins
words that differ ("ordenamiento" → "orden", as in "del orden nacional") or parts words that a
reader takes as one ("presupuestal" and "presupuesto"). The database backend stores the terms in
its full-text index; Elasticsearch receives the same terms and only splits them on spaces. Queries
go through the same analysis, with editors' synonyms expanded per term and inside quotes.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)
PHRASE = re.compile(r'"([^"]*)"')
MARK_START, MARK_END = "\ue000", "\ue001"  # highlight sentinels; escaped text never contains them
_stemmer = snowballstemmer.stemmer("spanish")


def _word_list(name):
    lines = (Path(__file__).with_name(name).read_text(encoding="utf-8")).splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def fold(word):
    """Lowercase without accents: 'PLANEACIÓN' → 'planeacion' (ñ becomes n, as in Elasticsearch)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Words that carry no meaning a search can use (folded). Questions are mostly made of them.
STOP_WORDS = frozenset(fold(w) for line in _word_list("stopwords_es.txt") for w in line.split())


def _overrides():
    """'word word…: stem' lines: each (folded) word gets that stem instead of Snowball's."""
    table = {}
    for line in _word_list("stem_overrides_es.txt"):
        words, _, stem_ = line.partition(":")
        table.update(dict.fromkeys((fold(w) for w in words.split()), stem_.strip()))
    return table


STEM_OVERRIDES = _overrides()


@lru_cache(maxsize=100_000)
def stem(word):
    """The term a word is indexed and searched as; "" for a stop word."""
    folded = fold(word)
    if folded in STOP_WORDS:
        return ""
    return STEM_OVERRIDES.get(folded) or _stemmer.stemWord(folded)


def words(text):
    return WORD.findall(text or "")


def stems(text):
    """The terms of a text, in order, stop words left out."""
    return [term for term in map(stem, words(text)) if term]


def terms_text(text):
    """The stored form of a text: its terms, space-padded so a word's start is ` <prefix>`."""
    return f" {' '.join(stems(text))} "


@dataclass(frozen=True)
class Clause:
    """One thing a hit should contain: any of `alternatives`, each a sequence of terms (a phrase).

    `quoted` clauses come from the user's quotes and must all match; the others count towards
    `minimum_should_match`. Alternatives in `spread` match when all their words occur anywhere:
    the words of an unquoted synonym as the user typed them."""

    alternatives: tuple
    quoted: bool = False
    spread: tuple = ()


def parse_query(query, synonym_groups=(), everyday=None):
    """Clauses for a query: quoted phrases stay together, other words each make a clause.

    A synonym (one member of an editor's line, one word or several) found among the words
    becomes one clause whose alternatives are every member of every line that holds it, and of
    the lines sharing a member with those: "SGR" finds "sistema general de regalías", and with
    the line "regalías, SGR" the word "regalías" finds "SGR". Inside quotes, each synonym of the
    phrase is swapped for its other members.

    `everyday(terms, i)` gives the thesaurus entry at terms[i] (search/thesaurus.py): everyday
    words found outside quotes also match the policy's terms for them ("petróleo" finds
    "regalías"), unless an editor's synonym there is as long.
    """
    clauses = []
    for phrase in PHRASE.findall(query):
        alternatives = _phrase_alternatives(stems(phrase), synonym_groups)
        if alternatives:
            clauses.append(Clause(alternatives, quoted=True))
    loose = stems(PHRASE.sub(" ", query))
    i = 0
    while i < len(loose):
        members, length = _synonyms_at(loose, i, synonym_groups)
        entry = everyday(loose, i) if everyday else None
        if entry and len(entry.words) > length:
            length = len(entry.words)
            members = (entry.words, *(term for term in entry.terms if term != entry.words))
        if length > 1:  # "plan desarrollo territorial": those words anywhere, or a synonym
            clauses.append(Clause(members, spread=(members[0],)))
        else:
            clauses.append(Clause(members or ((loose[i],),)))
        i += length or 1
    return _unique(clauses)


def _unique(clauses):
    return list(dict.fromkeys(clauses))


def _synonyms_at(terms, i, synonym_groups):
    """The members of every group holding the longest member found at terms[i], and its length."""
    best = 0
    for group in synonym_groups:
        for member in group:
            if len(member) > best and tuple(terms[i : i + len(member)]) == member:
                best = len(member)
    if not best:
        return (), 0
    found = tuple(terms[i : i + best])
    members = {found}
    grown = True
    while grown:  # lines sharing a member join: "transferencias, SGP" + "SGP, sistema general…"
        joined = {m for group in synonym_groups if members.intersection(group) for m in group}
        grown = not joined <= members
        members |= joined
    return (found, *sorted(members - {found})), best


def _phrase_alternatives(terms, synonym_groups, most=16):
    """The phrase, and the phrase with each synonym it holds replaced by the others (capped)."""
    if not terms:
        return ()
    parts, i = [], 0
    while i < len(terms):
        members, length = _synonyms_at(terms, i, synonym_groups)
        parts.append(members or ((terms[i],),))
        i += length or 1
    alternatives = []
    for combination in product(*parts):
        alternatives.append(tuple(term for member in combination for term in member))
        if len(alternatives) == most:
            break
    return tuple(alternatives)


def minimum_should_match(clauses):
    """How many of the loose clauses a hit must hold: all of one or two words; for longer
    queries and questions half of them (rounded up), so a question finds the guide that answers
    it even when it does not use every word. Ranking then puts hits holding more first."""
    loose = sum(1 for clause in clauses if not clause.quoted)
    return loose if loose <= 2 else max(2, -(-loose // 2))


def query_stems(clauses):
    return {s for clause in clauses for alt in clause.alternatives for s in alt}


def snippet(text, clauses, size=30):
    """About `size` words of `text` around the first matching word, matches between sentinels.

    Only the query's content words are marked: stop words are in no clause."""
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
