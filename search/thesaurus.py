"""Everyday words → the policy's words (`everyday_es.txt`).

A new official writes "plata que le llega al municipio por el petróleo"; the guide says
"regalías". Like a library thesaurus's entry terms ("used for"), each line of the file names
ways people say a thing and the policy's terms for it. A query holding the left side also
matches the right side, as alternatives of the same clause (search/text.py), and its meaning is
read with the right side added (search/semantic.py): the model places "petróleo, regalías" much
nearer the royalties guides than "petróleo" alone. The relation runs one way only, so a query in
the policy's own words is left as it is.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .text import stems

FILE = Path(__file__).with_name("everyday_es.txt")


@dataclass(frozen=True)
class Entry:
    words: tuple  # the everyday words' terms, in order
    terms: tuple  # the policy's terms they stand for, each a tuple of terms (a phrase)
    written: tuple  # those as written, for the meaning


@cache
def entries():
    """Every entry of the file, one per everyday wording."""
    found = []
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        left, right = line.split("=>")
        written = tuple(term.strip() for term in right.split(",") if term.strip())
        terms = tuple(dict.fromkeys(tuple(stems(term)) for term in written if stems(term)))
        for wording in left.split(","):
            words = tuple(stems(wording))
            if words:
                found.append(Entry(words, terms, written))
    return tuple(found)


@cache
def _by_first_word():
    index = {}
    for entry in entries():
        index.setdefault(entry.words[0], []).append(entry)
    for candidates in index.values():
        candidates.sort(key=lambda entry: -len(entry.words))
    return index


def entry_at(terms, i):
    """The longest entry whose words are terms[i:...], or None."""
    for entry in _by_first_word().get(terms[i], ()):
        if tuple(terms[i : i + len(entry.words)]) == entry.words:
            return entry
    return None


def entries_in(text):
    """The entries found in a text, left to right, without overlaps."""
    terms, i, found = stems(text), 0, []
    while i < len(terms):
        entry = entry_at(terms, i)
        if entry:
            found.append(entry)
        i += len(entry.words) if entry else 1
    return found


def with_policy_words(text):
    """The text followed by the policy's words for the everyday ones it holds: what the
    meaning of a query is read from."""
    added = dict.fromkeys(word for entry in entries_in(text) for word in entry.written)
    return f"{text} ({', '.join(added)})" if added else text


def everyday_terms():
    """Every term of the everyday side: words typo correction leaves alone."""
    return {term for entry in entries() for term in entry.words}
