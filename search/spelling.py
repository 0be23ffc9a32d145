"""Typo correction against the words the index actually holds, the same on every backend.

Backends record the words of public documents as they index them (`record_words`, table
`SearchWord`). At search time a query word of 4+ letters whose term no public document holds is
replaced by the closest recorded word (one edit for words of 4–7 letters, two from 8 on; a swap
of two letters is one edit), the one found in most documents among equally close ones, kept as
written in the documents ("presupusto" → "presupuesto", "fizcal" → "fiscal"). Words that are
found are never changed. Only public documents feed the vocabulary and the counts, so a
correction never reveals a word of private content.
"""

import threading

from rapidfuzz import process
from rapidfuzz.distance import OSA

from django.db import connection
from django.db.models import Count, Max

from .models import SearchWord
from .text import WORD, fold, stem

SHORTEST, LONGEST = 4, 60


def max_edits(word):
    return 1 if len(word) < 8 else 2


def public_words(document):
    """The words, lowercased, of a public document's text: what the vocabulary is made of."""
    if document.audience != ["public"]:
        return []
    return WORD.findall(f"{document.title} {document.summary} {document.body}".lower())


def record_words(documents, seen):
    """Add the words of these documents' public text to the vocabulary; `seen` holds the words
    already added by the same indexing call, which are not sent again."""
    found = set()
    for document in documents:
        found.update(public_words(document))
    store_words(found, seen)


def store_words(found, seen):
    """Add these words to the vocabulary but those in `seen`, and the ones too short, too long
    or all digits (filtered once per distinct word: a rebuild meets 20 million words)."""
    new = {w for w in found - seen if SHORTEST <= len(w) <= LONGEST and not w.isdigit()}
    # One statement however many words (bulk_create splits them on SQLite); the table's name is
    # quoted as in Django's own SQL, which a rebuild sends to its new tables (backends/rebuild.py).
    if new:
        with connection.cursor() as cursor:
            cursor.executemany(
                'INSERT INTO "search_searchword" (word) VALUES (%s) ON CONFLICT (word) DO NOTHING',
                [(w,) for w in sorted(new)],
            )
        seen |= new


def forget_words():
    """With the index emptied: the vocabulary starts again."""
    with connection.cursor() as cursor:  # one statement, not a delete per batch of rows
        cursor.execute("DELETE FROM search_searchword")


class Vocabulary:
    """This process's copy of the vocabulary as folded words, read again when it changed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.version = None
        self.choices, self.written = [], {}

    def folded_words(self):
        with self.lock:
            version = SearchWord.objects.aggregate(n=Count("id"), last=Max("id"))
            if version != self.version:
                self.version = version
                self.written = {}  # folded → as written (accented forms win: users drop them)
                for word in SearchWord.objects.values_list("word", flat=True).iterator(10_000):
                    folded = fold(word)
                    if folded not in self.written or word != folded:
                        self.written[folded] = word
                self.choices = list(self.written)
            return self.choices, self.written


_vocabulary = Vocabulary()


def correct(query, backend, known=frozenset()):
    """The query with its unknown words corrected, or "" when nothing needs correcting.

    `backend` tells which terms the index holds and how many public documents hold each;
    `known` terms (synonyms) are never corrected."""
    spans = [
        m
        for m in WORD.finditer(query)
        if len(m.group()) >= SHORTEST and stem(m.group()) and stem(m.group()) not in known
    ]
    if not spans:
        return ""
    present = backend.terms_present({stem(m.group()) for m in spans})
    unknown = [m for m in spans if stem(m.group()) not in present]
    if not unknown:
        return ""
    choices, written = _vocabulary.folded_words()
    replacements = {}
    for m in unknown:
        word = fold(m.group())
        close = process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=max_edits(word), limit=12
        )
        candidates = [(c, d) for c, d, _ in close if stem(c) and stem(c) != stem(word)]
        found = backend.public_counts({stem(c) for c, _ in candidates}) if candidates else {}
        ranked = sorted(
            ((d, -found.get(stem(c), 0), c) for c, d in candidates if found.get(stem(c))),
        )
        if ranked:
            replacements[m.span()] = written[ranked[0][2]]
    if not replacements:
        return ""
    out, cursor = [], 0
    for (start, end), word in sorted(replacements.items()):
        out += [query[cursor:start], word]
        cursor = end
    return "".join([*out, query[cursor:]])
