"""What a web process derives from the database backend's whole index, kept up to date.

With every audience token and facet value held as a bitset of entry ids, and every entry's place
in newest-first order held in an array, a search needs from the database only the ids that
match its words: who may see them, which facets they have, how many there are and which come
first are then set operations in C. Reading all that takes about a second at 70,000 entries, so
a process keeps it and, when the index generation changes (every index write advances it in the
same transaction, logging the entries it touched), re-reads only those entries.

An entry keeps its id when its document is indexed again, so ids, and with them every bitset and
array here, stay as many as the documents however often they change. A search whose snapshot is
a moment behind a change re-checks the audience of the entries it shows (database.py). Ids are
handed out again only after a rolled-back write or once the index was emptied for a rebuild;
`IndexGeneration.touched_since` detects both and the snapshot is then read afresh.
"""

import copy
import threading
from collections import defaultdict
from functools import reduce
from operator import or_

import numpy as np

from .. import semantic
from ..documents import FILTER_ONLY
from ..models import IndexGeneration, SearchEntry, SearchFacetValue

# Past this many touched entries, reading everything again is as quick as reading them by id.
_MOST_TO_CATCH_UP = 5000
# Passage vectors are compared with a query this many at a time (float32 copies stay small).
_VECTOR_BLOCK = 16_384
# Above this many passages a query is first compared by their signs, and only the CANDIDATES
# whose signs agree most are compared exactly: on real e5 vectors, at the proportions of the full
# scale, 99.3–99.7 % of the exact nearest are among them (search/README.md, "Where each backend
# keeps them").
EXACT_UP_TO = 20_000
CANDIDATES = 4_000


def ids_array(ids):
    """Entry ids as a numpy array (from one, a comma-separated string, or any iterable)."""
    if isinstance(ids, np.ndarray):
        return ids
    if isinstance(ids, str):  # parsed in C: quicker than int() per id
        return np.fromstring(ids, dtype=np.int64, sep=",") if ids else np.empty(0, np.int64)
    return np.fromiter(ids, dtype=np.int64)


def bitset(ids, size):
    """Ids below `size * 8` as an integer with those bits on: `&` and `bit_count()` run in C."""
    ids = ids_array(ids)
    flags = np.zeros(size * 8, dtype=np.uint8)
    flags[ids[ids < size * 8]] = 1
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


def members(bits, size):
    """The ids in a bitset, ascending, as a numpy array."""
    flags = np.frombuffer(bits.to_bytes(size, "little"), dtype=np.uint8)
    return np.unpackbits(flags, bitorder="little").nonzero()[0]


def _newest_first_key(pk, date, title):
    """Newest first, then by title, then by id; entries without a date last."""
    return (date is None, -date.toordinal() if date else 0, title, pk)


class IndexSnapshot:
    """The index as of one generation, in the shapes a search needs."""

    def __init__(self):
        self.known = set()
        self.size = 1
        self.audiences = defaultdict(int)  # token -> bitset
        self.facets = defaultdict(lambda: defaultdict(int))  # facet -> value -> bitset
        self.keys = []  # newest-first sort keys, pk last
        self.places = np.empty(0, np.int64)  # pk -> place in newest-first order
        self.vectors = PassageVectors()
        self._take_in(SearchEntry.objects.all(), SearchFacetValue.objects.all())
        self._place()

    def caught_up(self, touched):
        """This snapshot with the `touched` entries read again, as a copy (searches in other
        threads may be reading this one); None if so many changed that reading all is quicker."""
        if len(touched) > _MOST_TO_CATCH_UP:
            return None
        new = copy.copy(self)
        new.known = set(self.known)
        new.audiences = defaultdict(int, self.audiences)
        new.facets = defaultdict(lambda: defaultdict(int))
        new.facets.update({facet: defaultdict(int, v) for facet, v in self.facets.items()})
        new.keys = list(self.keys)
        new.vectors = self.vectors.without(touched)
        new._drop(touched & self.known)
        if touched:
            new._take_in(
                SearchEntry.objects.filter(pk__in=touched),
                SearchFacetValue.objects.filter(entry__in=touched),
            )
        new._place()
        return new

    def _take_in(self, entries, facet_rows):
        rows = list(entries.values_list("pk", "date", "title", "audience").iterator(5000))
        self.vectors.take_in(entries)
        self.known.update(pk for pk, *_ in rows)
        self.size = max(self.size, max(self.known, default=0) // 8 + 1)
        ids_by_token = defaultdict(list)
        for pk, _date, _title, audience in rows:
            for token in audience.split():
                ids_by_token[token].append(pk)
        for token, ids in ids_by_token.items():
            self.audiences[token] |= bitset(ids, self.size)
        ids_by_value = defaultdict(list)
        for facet, value, pk in facet_rows.values_list("facet", "value", "entry_id").iterator(
            20_000
        ):
            ids_by_value[facet, value].append(pk)
        for (facet, value), ids in ids_by_value.items():
            self.facets[facet][value] |= bitset(ids, self.size)
        self.keys += [_newest_first_key(pk, date, title) for pk, date, title, _ in rows]

    def _drop(self, removed):
        if not removed:
            return
        keep = ~bitset(removed, self.size)
        for token in self.audiences:
            self.audiences[token] &= keep
        for values in self.facets.values():
            for value in values:
                values[value] &= keep
        self.known -= removed
        self.keys = [key for key in self.keys if key[-1] not in removed]

    def _place(self):
        """Sort the keys (nearly sorted after a catch-up: one pass) and number the entries."""
        self.keys.sort()
        self.places = np.full(self.size * 8, len(self.keys), dtype=np.int64)
        ordered = np.fromiter((key[-1] for key in self.keys), np.int64, len(self.keys))
        self.places[ordered] = np.arange(len(self.keys))

    def allowed(self, audience, filters):
        """Entries seen by someone with these audience tokens that have every filtered facet."""
        allowed = reduce(or_, (self.audiences.get(token, 0) for token in audience), 0)
        for facet, values in filters.items():
            in_facet = self.facets.get(facet, {})
            allowed &= reduce(or_, (in_facet.get(value, 0) for value in values), 0)
        return allowed

    def facet_counts(self, matched):
        """{facet: [(value, count)]} among the matched entries, most frequent first."""
        facets = {}
        for facet, values in self.facets.items():
            if facet in FILTER_ONLY:  # a thousand municipalities nobody sees counted
                continue
            counts = [(value, (matched & bits).bit_count()) for value, bits in values.items()]
            counts = sorted(((v, n) for v, n in counts if n), key=lambda vn: (-vn[1], vn[0]))
            if counts:
                facets[facet] = counts
        return facets

    def nearest(self, query, allowed, count):
        """(id, similarity, passage number) of the `count` entries among `allowed` whose
        passages are nearest in meaning to the `query` vector, nearest first."""
        return self.vectors.nearest(query, members(allowed, self.size), self.size * 8, count)

    def vector_of(self, pk):
        """The entry's first passage (title and summary) as a unit vector; None if it has none."""
        return self.vectors.first_passage(pk)

    def newest(self, ids, count):
        """The `count` newest of these ids, newest first, as a list."""
        ids = ids_array(ids)
        if not count or not len(ids):
            return []
        places = self.places[ids]
        if len(ids) > count:
            chosen = np.argpartition(places, count - 1)[:count]
            ids, places = ids[chosen], places[chosen]
        return ids[np.argsort(places, kind="stable")].tolist()


def row_lengths(matrix):
    """Each int8 row's length, a block at a time: the whole matrix as float32 at once would be
    four times its size (at 210,000 passages, 320 MB more at the peak of a snapshot's load)."""
    return np.concatenate(
        [
            np.linalg.norm(matrix[start : start + _VECTOR_BLOCK].astype(np.float32), axis=1)
            for start in range(0, len(matrix), _VECTOR_BLOCK)
        ]
    )


def sign_bits(vectors):
    """Each vector's signs, 384 bits in six words: vectors whose signs agree most are nearly the
    nearest, since centred vectors spread around zero in every component."""
    vectors = np.atleast_2d(vectors)
    signs = np.empty((len(vectors), semantic.DIMENSIONS // 8), np.uint8)
    for start in range(0, len(vectors), _VECTOR_BLOCK):  # a whole boolean copy would be as large
        block = vectors[start : start + _VECTOR_BLOCK] > 0
        signs[start : start + _VECTOR_BLOCK] = np.packbits(block, axis=1)
    return signs.view(np.uint64)


class SharedRows:
    """Rows of an array shared by a snapshot and the snapshots caught up from it. Each snapshot
    sees the first rows it knows of; the newest one appends past them in place, where no older
    snapshot reads, so catching up with a change copies none of the vectors. Room is reserved
    with `np.empty`, which costs no memory until rows are written."""

    def __init__(self, rows, room):
        self.array = np.empty((max(room, len(rows)), *rows.shape[1:]), rows.dtype)
        self.array[: len(rows)] = rows
        self.used = len(rows)

    def reserve(self, seen, count):
        """(the storage, its `count` rows after the first `seen`, to be filled by the caller)."""
        if seen != self.used or seen + count > len(self.array):
            room = seen + count + (seen + count) // 4 + 4096
            return SharedRows(self.array[:seen], room).reserve(seen, count)
        self.used += count
        return self, self.array[seen : seen + count]


class PassageVectors:
    """The embedded passages of the index's entries (search/semantic.py): an int8 matrix and
    its sign bits, a row per passage, with the entry and the passage's number for each row.
    Empty when search by meaning is off or cannot run here. A passage without a vector yet (the
    worker embeds it, then indexes its entry again) and a dropped entry's passages keep a row,
    marked with entry 0, until such rows are a quarter of all."""

    def __init__(self):
        self.count = 0
        self.entries = np.empty(0, np.int64)  # 0: a row nobody finds (entry ids start at 1)
        self.numbers = np.empty(0, np.int8)
        self.lengths = np.empty(0, np.float32)  # each row's length, to compare unit vectors
        self.matrix = SharedRows(np.empty((0, semantic.DIMENSIONS), np.int8), 0)
        self.signs = SharedRows(np.empty((0, semantic.DIMENSIONS // 64), np.uint64), 0)

    def rows(self):
        """This snapshot's (matrix, signs): views, never copies."""
        return self.matrix.array[: self.count], self.signs.array[: self.count]

    def take_in(self, entries):
        """Add these entries' passages, their vectors written straight into the shared rows."""
        if semantic.model() is None:
            return
        pks, numbers, rows_of = [], [], defaultdict(list)
        for pk, passages in entries.values_list("pk", "passages").iterator(5000):
            for number, text in enumerate(filter(None, passages.split("\n"))):
                rows_of[semantic.digest(text)].append(len(pks))
                pks.append(pk)
                numbers.append(number)
        if not pks:
            return
        self.matrix, matrix = self.matrix.reserve(self.count, len(pks))
        pks = np.array(pks, np.int64)
        embedded = np.zeros(len(pks), bool)
        for key, vector in semantic.stored_rows(rows_of):
            rows = rows_of[key]
            matrix[rows], embedded[rows] = np.frombuffer(vector, dtype=np.int8), True
        del rows_of
        self.entries = np.concatenate([self.entries, np.where(embedded, pks, 0)])
        self.numbers = np.concatenate([self.numbers, np.array(numbers, np.int8)])
        self.lengths = np.concatenate([self.lengths, row_lengths(matrix)])
        self.signs, signs = self.signs.reserve(self.count, len(pks))
        signs[:] = sign_bits(matrix)
        self.count += len(pks)
        if self.unused() > self.count // 4 + 1000:
            self.compact()

    def unused(self):
        return int((self.entries == 0).sum())

    def without(self, removed):
        kept = copy.copy(self)
        if removed and self.count:
            kept.entries = np.where(np.isin(self.entries, ids_array(removed)), 0, self.entries)
            if kept.unused() > self.count // 4 + 1000:
                kept.compact()
        return kept

    def compact(self):
        """Leave out the rows nobody finds, in storage of this snapshot's own."""
        alive = self.entries != 0
        kept = int(alive.sum())
        for name in ("matrix", "signs"):
            rows = getattr(self, name).array[: self.count]
            storage, copy_to = SharedRows(rows[:0], kept + 4096).reserve(0, kept)
            np.compress(alive, rows, axis=0, out=copy_to)  # straight into the new storage
            setattr(self, name, storage)
        self.entries, self.numbers = self.entries[alive], self.numbers[alive]
        self.lengths, self.count = self.lengths[alive], kept

    def first_passage(self, pk):
        """The entry's first passage (title and summary) as a unit vector; None if it has none."""
        rows = np.flatnonzero((self.entries == pk) & (self.numbers == 0))
        return semantic.unit(self.rows()[0][rows[0]]) if len(rows) else None

    def nearest(self, query, allowed_ids, size, count):
        if not self.count or not len(allowed_ids):
            return []
        allowed = np.zeros(max(size, int(self.entries.max()) + 1), dtype=bool)
        allowed[allowed_ids] = True
        allowed[0] = False  # dropped rows
        rows = np.flatnonzero(allowed[self.entries])
        if not len(rows):
            return []
        matrix, signs = self.rows()
        if len(rows) > EXACT_UP_TO:
            rows = rows[nearest_by_signs(signs, query, rows)]
        similarity = (
            np.concatenate(
                [
                    matrix[part].astype(np.float32) @ query
                    for part in np.array_split(rows, max(1, len(rows) // _VECTOR_BLOCK))
                ]
            )
            / self.lengths[rows]
        )
        # Each entry has at most 1 + MAX_CHUNKS passages among the best rows.
        top = min(len(rows), count * (1 + semantic.MAX_CHUNKS))
        best = np.argpartition(-similarity, top - 1)[:top]
        best = best[np.argsort(-similarity[best], kind="stable")]
        found = {}
        for place in best:
            pk = int(self.entries[rows[place]])
            if pk not in found:
                found[pk] = (pk, float(similarity[place]), int(self.numbers[rows[place]]))
                if len(found) == count:
                    break
        return list(found.values())


def nearest_by_signs(signs, query, rows):
    """Where in `rows` the CANDIDATES rows whose signs agree most with the query's are: a first
    pass over 48 bytes a row instead of 384, in contiguous blocks (indexing rows first cost
    more than comparing them all)."""
    query_signs = sign_bits(query)[0]
    disagree = np.empty(len(signs), np.uint16)
    for start in range(0, len(signs), _VECTOR_BLOCK):
        block = np.bitwise_count(signs[start : start + _VECTOR_BLOCK] ^ query_signs)
        block.sum(axis=1, dtype=np.uint16, out=disagree[start : start + _VECTOR_BLOCK])
    return np.argpartition(disagree[rows], CANDIDATES - 1)[:CANDIDATES]


class CurrentSnapshot:
    """This process's snapshot, brought up to date when the index generation moves."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation = None
        self.snapshot = None

    def get(self):
        with self.lock:
            generation = IndexGeneration.current()  # before reading: the data is at least this new
            if self.snapshot is None or generation != self.generation:
                caught_up = None
                touched = IndexGeneration.touched_since(self.generation) if self.snapshot else None
                if touched is not None:
                    caught_up = self.snapshot.caught_up(touched)
                if caught_up is None:
                    self.snapshot = None  # let the old one go before reading the index again
                    caught_up = IndexSnapshot()
                self.snapshot = caught_up
                self.generation = generation
            return self.snapshot
