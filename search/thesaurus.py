"""Everyday words → the policy's words (`everyday_es.txt`).

A new official writes "plata que le llega al municipio por el petróleo"; the guide says
"regalías". Like a library thesaurus's entry terms ("used for"), each line of the file names
ways people say a thing and the policy's terms for it. A query holding the left side also
matches the right side, as alternatives of the same clause (search/text.py), and its meaning is
read with the right side added (search/semantic.py): the model places "petróleo, regalías" much
nearer the royalties guides than "petróleo" alone. The relation runs one way only, so a query in
the policy's own words is left as it is.

Editors add lines of their own in the admin (snippet "Palabras de la gente", `EverydayWords`),
from what the demand report shows people typing; they apply from the next search.
"""

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .text import stems

FILE = Path(__file__).with_name("everyday_es.txt")


@dataclass(frozen=True)
class Entry:
    words: tuple  # the everyday words' terms, in order
    terms: tuple  # the policy's terms they stand for, each a tuple of terms (a phrase)
    written: tuple  # those as written, for the meaning


def split_line(left, right):
    """The entries of one line: each everyday wording on the left, standing for the right."""
    written = tuple(term.strip() for term in right.split(",") if term.strip())
    terms = tuple(dict.fromkeys(tuple(stems(term)) for term in written if stems(term)))
    wordings = (tuple(stems(wording)) for wording in left.split(","))
    return [Entry(words, terms, written) for words in wordings if words and terms]


def collapsed_wordings(left):
    """Wordings of several words that analysis leaves with one or none ("el que llega" is the
    bare verb "llega"): they would match far more than they mean."""
    return [w.strip() for w in left.split(",") if len(w.split()) > 1 and len(stems(w)) < 2]


@cache
def shipped():
    """The entries of the file shipped with the site."""
    found = []
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            left, right = line.split("=>")
            found.extend(split_line(left, right))
    return tuple(found)


def editors():
    """The entries editors added in the admin (read at each search: a handful of rows)."""
    from .models import EverydayWords

    rows = EverydayWords.objects.values_list("everyday", "policy_terms")
    return tuple(entry for left, right in rows for entry in split_line(left, right))


class Vocabulary:
    """Entries found by their first word, the longest first."""

    def __init__(self, entries):
        self.entries = entries
        self.by_first_word = {}
        for entry in entries:
            self.by_first_word.setdefault(entry.words[0], []).append(entry)
        for candidates in self.by_first_word.values():
            candidates.sort(key=lambda entry: -len(entry.words))

    def __call__(self, terms, i):
        """The longest entry whose words are terms[i:...], or None."""
        for entry in self.by_first_word.get(terms[i], ()):
            if tuple(terms[i : i + len(entry.words)]) == entry.words:
                return entry
        return None

    def entries_in(self, text):
        """The entries found in a text, left to right, without overlaps."""
        terms, i, found = stems(text), 0, []
        while i < len(terms):
            entry = self(terms, i)
            if entry:
                found.append(entry)
            i += len(entry.words) if entry else 1
        return found


def current():
    """The file's entries and the editors' (theirs first, so an editor's wording wins)."""
    return vocabulary(editors())


@lru_cache(maxsize=8)
def vocabulary(editors_entries):
    """Built once per set of editors' lines: a search reads the rows, not the whole file again."""
    return Vocabulary(editors_entries + shipped())


def everyday_terms():
    """Every term of the everyday side: words typo correction leaves alone."""
    return {term for entry in current().entries for term in entry.words}
