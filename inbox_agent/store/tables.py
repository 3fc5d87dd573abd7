"""The store's tables in memory, with the indexes that keep every lookup and every
batch of changes proportional to its own size, not to the history.

The data has TinyDB's layout, which the snapshot file keeps: ``{table: {doc_id:
record}}``, records in insertion order (the ids are ints in memory, strings in the
file, as JSON has it). Every record has a string ``key``; an index maps
key -> document id, so a lookup never scans a table. The tables are read and changed
here directly, since TinyDB's own update rebuilds a whole table per call. Reads and
staged writes go through ``Records``, the base of ``Store``. No I/O.

With a ``Codec`` (the ``Store`` hands in orjson's) each record is held as its JSON
bytes, not as a tree of Python objects: a message record is ~2 KB as bytes and ~10 KB
as dicts and strings, so a store of 10,000 mails took ~170 MB of memory for 41 MB of
file (BENCHMARKS.md). A read decodes its own copy, which is faster than copying a tree.
The records of the tables the store keeps on disk (``ondisk.py``) are held as an int,
where their bytes are, and read through the ``read_at`` the store hands in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from inbox_agent.errors import StoreError

# The tables and what their key is.
TABLES = (
    "messages",  # one per handled (or failed) inbound mail; key = Mail.key
    "attendees",  # key = lower-case email
    "outbox",  # key = Message-ID of the planned mail
    "folders",  # key = folder name; uidvalidity, last_uid
    "failures",  # key = "<folder>:<uidvalidity>:<uid>"; attempts, last error
    "meta",  # key = name; small facts (last poll, last digest, ...)
    "invitees",  # key = lower-case email; who the announcement goes to (inbox_agent.invitees)
    "optouts",  # key = optouts.optout_key(email) (a hash); kept forever, see optouts.py
    "tasks",  # key = the task's key; numbered, open/done/dismissed (store/tasks.py)
    "actions",  # key = str(number); staff commands by mail with before-images (office/staffactions.py)
    "invoices",  # key = the invoice's number; invoices and credit notes (inbox_agent.invoices)
    "payments",  # key = a bank transaction's identity; what an imported statement did
)

# Fields find() looks up through an index (value -> document ids) that apply() keeps
# current: the outbox is asked for its planned entries at every poll and every batch
# (scanning thousands of sent ones made an empty poll grow with the history), and the
# messages for a writer's earlier mails (registrations.known) at every human mail;
# attendees by event (one event's list) and by address (a person in every event).
INDEXED: dict[str, tuple[str, ...]] = {"outbox": ("status",), "messages": ("email",),
                                      "attendees": ("event", "email"), "invoices": ("email",)}

_UNINDEXABLE = object()


class Codec(NamedTuple):
    """How records are held: ``encode(record) -> bytes``, ``decode(bytes) -> record``."""

    encode: Callable[[Any], bytes]
    decode: Callable[[bytes], Any]


def clone(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists, scalars): several times faster than
    ``copy.deepcopy``, which matters when a poll reads every record of a table."""
    if isinstance(value, dict):
        return {k: clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clone(v) for v in value]
    return value


def indexable(value: Any) -> Any:
    """``value`` itself if it can be an index key (hashable), else a marker."""
    try:
        hash(value)
    except TypeError:
        return _UNINDEXABLE
    return value


def _add(by_value: dict[Any, int | set[int]], value: Any, doc_id: int) -> None:
    ids = by_value.get(value)
    if ids is None:
        by_value[value] = doc_id
    elif type(ids) is not int:
        ids.add(doc_id)
    elif ids != doc_id:
        by_value[value] = {ids, doc_id}


def _discard(by_value: dict[Any, int | set[int]], value: Any, doc_id: int) -> None:
    ids = by_value.get(value)
    if ids == doc_id or (type(ids) is not int and ids is not None and len(ids) == 1
                         and doc_id in ids):
        del by_value[value]
    elif ids is not None and type(ids) is not int:
        ids.discard(doc_id)


class Tables:
    """The records of every table (``data``, changed in place) and their indexes. With a
    ``codec``, ``data`` holds each record encoded (``record``/``records`` decode); with
    ``read_at`` too, a record may be held as an int, the place of its bytes on disk
    (``ondisk.py``), which ``read_at`` reads."""

    def __init__(self, data: dict, codec: Codec | None = None,
                 read_at: Callable[[int], bytes] | None = None) -> None:
        self.data = data
        self.codec = codec
        self.read_at = read_at
        self.index: dict[str, dict[str, int]] = {name: {} for name in TABLES}
        # value -> the ids of its records: one int for one record (most addresses), a
        # set for more (a set is ~200 bytes: 3 MB of sets at 10,000 mails).
        self.by_value: dict[tuple[str, str], dict[Any, int | set[int]]] = {
            (name, field): {} for name, fields in INDEXED.items() for field in fields}
        for name in TABLES:
            # Held by int document id (the file's str ids: ~55 bytes each, for nothing).
            raw, held, index = self.raw(name), {}, self.index[name]
            fields = [(f, self.by_value[(name, f)]) for f in INDEXED.get(name, ())]
            for doc_id, doc in raw.items():
                if codec is not None and isinstance(doc, (bytes, int)):  # a record a line
                    stored, doc = doc, self.own(doc)
                else:
                    stored = doc if codec is None else codec.encode(doc)
                number = index[doc["key"]] = int(doc_id)
                for field, by_value in fields:
                    _add(by_value, indexable(doc.get(field)), number)
                held[number] = stored
            self.data[name] = held
        self.next_id = {name: max(index.values(), default=0) + 1
                        for name, index in self.index.items()}
        # find_each's memo: (table, field, value) -> {make: {doc_id: (key, made)}}, the
        # ids in insertion order; kept current by apply(), a change at a time: a record
        # added or changed is made again (_PENDING) when next asked for, one gone is
        # dropped; the others are not made again (a writer's thousandth mail costs what
        # their second did).
        self.memo: dict[tuple[str, str, Any], dict[Callable, dict[int, Any]]] = {}

    def own(self, stored: Any) -> dict:
        """A record as stored, as the caller's own dict (decoded, or a deep copy)."""
        if self.codec is None:
            return clone(stored)
        if type(stored) is int:  # on disk: where its bytes lie
            stored = self.read_at(stored)
        return self.codec.decode(stored)

    def encoded(self, name: str, key: str) -> bytes | None:
        """The stored bytes of record ``key`` (read from disk if they are there), or
        None if there is no such record. Only with a codec."""
        doc_id = self.index[name].get(key)
        if doc_id is None:
            return None
        stored = self.raw(name)[doc_id]
        return self.read_at(stored) if type(stored) is int else stored

    def place(self, name: str, key: str, place: int) -> None:
        """Record ``key``'s bytes are on disk at ``place`` now: memory lets go of them."""
        self.raw(name)[self.index[name][key]] = place

    def in_memory(self, name: str) -> bool:
        """Does table ``name`` hold any record's bytes in memory (not on disk)?"""
        return any(type(stored) is not int for stored in self.raw(name).values())

    def raw(self, name: str) -> dict[int, Any]:
        """The table as stored: ``{doc_id: record}`` in insertion order."""
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}")
        return self.data.setdefault(name, {})

    def record(self, name: str, key: str) -> dict | None:
        """The stored record ``key`` as the caller's own copy, or None."""
        doc_id = self.index[name].get(key)
        stored = None if doc_id is None else self.raw(name).get(doc_id)
        return None if stored is None else self.own(stored)

    def candidates(self, name: str, equal: Mapping[str, Any]) -> list[int] | None:
        """Document ids (in insertion order) that may match, from an index; None: scan."""
        for field, value in equal.items():
            by_value = self.by_value.get((name, field))
            if by_value is not None and indexable(value) is value:
                ids = by_value.get(value, ())
                return [ids] if type(ids) is int else sorted(ids)
        return None

    def apply(self, name: str, changes: dict[str, dict | None],
              encoded: Mapping[tuple[str, str], bytes] | None = None) -> None:
        """Apply changes (None: delete) to one table: O(changes), whatever its size.
        ``encoded``: records already encoded by the codec, by (table, key)."""
        raw = self.raw(name)
        index = self.index[name]
        indexed = [(f, self.by_value[(name, f)]) for f in INDEXED.get(name, ())]
        codec = self.codec
        for key, record in changes.items():
            doc_id = index.get(key)
            old = raw[doc_id] if doc_id is not None and indexed else None
            if old is not None and codec is not None:
                old = self.own(old)
            for field, by_value in indexed:
                was = now = _PENDING  # (no value: no record)
                if old is not None:
                    was = indexable(old.get(field))
                    _discard(by_value, was, doc_id)
                if record is not None:
                    new_id = doc_id if doc_id is not None else self.next_id[name]
                    now = indexable(record.get(field))
                    _add(by_value, now, new_id)
                self._memo_follow(name, field, was, now, new_id if record is not None else doc_id)
            if record is None:
                if doc_id is not None:
                    raw.pop(doc_id, None)
                    del index[key]
            else:
                if doc_id is None:  # new: at the end (an update keeps the record's place)
                    doc_id = index[key] = self.next_id[name]
                    self.next_id[name] += 1
                held = encoded.get((name, key)) if encoded and codec is not None else None
                raw[doc_id] = (record if codec is None else
                               held if held is not None else codec.encode(record))

    def _memo_follow(self, name: str, field: str, was: Any, now: Any, doc_id: int) -> None:
        """Record ``doc_id``'s ``field`` was ``was`` and is ``now`` (``_PENDING``: no
        record before / after): its memos follow. Where it has its value still or anew
        it is made again when asked for; a memo it would not come last in (a record
        moved to ``now``) is dropped; where it has the value no longer it is dropped."""
        if was is not _PENDING and was != now:
            for made in self.memo.get((name, field, was), {}).values():
                made.pop(doc_id, None)
        memos = self.memo.get((name, field, now)) if now is not _PENDING else None
        for make, made in list((memos or {}).items()):
            if doc_id in made or not made or doc_id > next(reversed(made)):
                made[doc_id] = _PENDING
            else:
                del memos[make]

    def memo_of(self, name: str, field: str, value: Any,
                make: Callable[[dict], Any]) -> dict[int, Any]:
        """``find_each``'s memo of ``make`` for ``value`` ({doc_id: (key, made)}), every
        entry made; begun from the index if there is none."""
        memos = self.memo.get((name, field, value))
        made = memos.get(make) if memos else None
        if made is None:
            made = dict.fromkeys(self.candidates(name, {field: value}) or (), _PENDING)
            if not made:  # nothing to keep for a value without records (a first mail)
                return made
            self.memo.setdefault((name, field, value), {})[make] = made
        raw = self.raw(name)
        for doc_id, item in made.items():
            if item is _PENDING:  # (the values change, not the keys: safe while iterating)
                doc = self.own(raw[doc_id])
                made[doc_id] = (doc["key"], make(doc))
        return made


_PENDING = object()  # a memo's entry to be made when next asked for


class Records:
    """The ``Store``'s reading and staging API (its base class): the committed records
    are in ``Tables``, the changes of the current batch in ``_staged`` (key -> record,
    None for a deletion) until ``Store.commit`` makes them durable. Reads see both."""

    def __init__(self, loads: Callable[[str], Any] = json.loads,
                 dumps: Callable[[Any], bytes] | None = None) -> None:
        self._loads = loads  # the ``Store`` hands in orjson's (a third of a put's time)
        # The ``Store`` hands in its codec's encoder: ``put`` copies through it when it
        # gives back what it was given (``_copy``), and the commit keeps its bytes.
        self._encode = dumps
        self._tables: Tables | None = None  # None: not open
        self._staged: dict[str, dict[str, dict | None]] = {t: {} for t in TABLES}
        self._staged_bytes: dict[tuple[str, str], bytes] = {}  # (table, key) -> staged bytes

    def _open(self) -> Tables:
        if self._tables is None:
            raise StoreError("the store is not open")
        return self._tables

    # -- reading -------------------------------------------------------------------

    def get(self, table: str, key: str) -> dict | None:
        """The record ``key`` of ``table`` including staged changes, or None. A copy."""
        staged = self._staged[table]
        if key in staged:
            value = staged[key]
            if value is None:
                return None
            data = self._staged_bytes.get((table, key))  # decoding beats a deep copy
            return self._loads(data) if data is not None else clone(value)
        return self._open().record(table, key)

    def all(self, table: str) -> Iterator[dict]:
        """Every record of ``table`` (staged changes included), in insertion order."""
        return self.find(table)

    def find(self, table: str, **equal: Any) -> Iterator[dict]:
        """The records of ``table`` whose fields have the given values (staged changes
        included), in insertion order. Compares before copying: a scan for the few
        planned replies among thousands of sent ones copies only the few."""
        staged = self._staged[table]
        wanted = tuple(equal.items())
        tables = self._open()
        raw = tables.raw(table)
        ids = tables.candidates(table, equal)
        docs = list(raw.values()) if ids is None else [raw[i] for i in ids]
        decode = tables.own if tables.codec is not None else None
        for stored in docs:
            doc = decode(stored) if decode is not None else stored  # decoded: our own
            if doc["key"] in staged or any(doc.get(f) != v for f, v in wanted):
                continue
            yield doc if decode is not None else clone(doc)
        for value in list(staged.values()):
            if value is not None and not any(value.get(f) != v for f, v in wanted):
                yield clone(value)

    def find_each(self, table: str, field: str, value: Any,
                  make: Callable[[dict], Any]) -> Iterator[Any]:
        """``make(record)`` for each record ``find(table, **{field: value})`` yields, in
        the same order, except where ``make`` returns None. ``field`` must be indexed
        (``INDEXED``); ``make`` must be a pure function of the record (a module-level
        function: it is part of the memo's key). What ``make`` made of the committed
        records is kept until one with ``value`` changes: a writer's hundredth mail
        does not decode the ninety-nine before it again (``registrations.known``): the
        memo follows each change (``Tables.apply``), only what changed is made again."""
        tables = self._open()
        if (table, field) not in tables.by_value or indexable(value) is not value:
            raise ValueError(f"{table}.{field} is not indexed")
        staged = self._staged[table]
        for key, item in list(tables.memo_of(table, field, value, make).values()):
            if item is not None and key not in staged:
                yield item
        for record in list(staged.values()):
            if record is not None and record.get(field) == value:
                item = make(clone(record))
                if item is not None:
                    yield item

    def count(self, table: str) -> int:
        return sum(1 for _ in self.all(table))

    # -- staging writes ------------------------------------------------------------

    def put(self, table: str, record: Mapping[str, Any]) -> None:
        """Stage ``record`` (must have a string ``key``) to be written at ``commit``."""
        key = record.get("key")
        if not isinstance(key, str) or not key:
            raise ValueError(f"a {table} record needs a string 'key'")
        self._staged[table][key] = self._copy(table, key, record)

    def _copy(self, table: str, key: str, record: Mapping[str, Any]) -> dict:
        """The store's own copy of ``record``, round-tripped through JSON now, so a value
        that cannot be stored fails here, at the caller, and not later in commit() where
        the whole batch would be lost. (No NaN or Infinity: they are not JSON, and the
        file could not be read back.) Through the codec's encoder when it can hold the
        record and gives back exactly what it was given (JSON's types: the same test
        passed); else, or when that fails, through ``json.dumps``, which decides."""
        if self._encode is not None and type(record) is dict:
            try:
                data = self._encode(record)
            except TypeError:  # what it cannot hold (a large int, a surrogate, ...)
                data = None
            if data is not None:
                copy = self._loads(data)
                # Equal only where every value is of JSON's types (NaN is not equal to
                # the null it became, a date not to its string, a tuple not to a list).
                if copy == record:
                    self._staged_bytes[(table, key)] = data
                    return copy
        self._staged_bytes.pop((table, key), None)
        return self._loads(json.dumps(dict(record), allow_nan=False))

    def put_many(self, table: str, records: Iterable[Mapping[str, Any]]) -> None:
        for record in records:
            self.put(table, record)

    def discard(self, table: str, key: str) -> None:
        """``delete`` if there is such a record (staged or committed): a key that names
        nothing stages nothing (and writes nothing into the journal)."""
        staged = self._staged[table]
        if staged.get(key) is not None or (key not in staged
                                           and key in self._open().index[table]):
            self.delete(table, key)

    def delete(self, table: str, key: str) -> None:
        self._staged[table][key] = None
        self._staged_bytes.pop((table, key), None)

    @property
    def dirty(self) -> bool:
        return any(self._staged.values())

    def rollback(self) -> None:
        """Forget staged changes (the batch failed before commit)."""
        self._unstage()

    def _unstage(self) -> None:
        """Nothing staged (committed, or forgotten)."""
        self._staged = {t: {} for t in TABLES}
        self._staged_bytes = {}
