"""Records kept on disk, not in memory: the message log (issue 17, round 5).

A message record is written once and read rarely (the digest, ``known``, ``show``, the
Sent-linking), yet it was ~90 % of the bytes the store held in memory (37 MB of records
at 10,000 mails); the outbox, the tasks, the invoices and the attendees are read by key
or through an index (a poll reads its planned replies, its attendee lists once). The
records of ``ON_DISK`` tables stay where the store wrote them,
in the snapshot (a record a line, ``snapshot.layout``) or in a journal line; memory
keeps only the key, the indexed fields (``tables.INDEXED``) and where the bytes lie:
one int (``Places.place``). A read is one ``pread`` of the record's own bytes.

The files are the same as before: nothing about the format changes, any JSON reader
reads the snapshot, and the journal is replayed as it always was. The read handles
are opened on the very files (inodes) the places point into, so a snapshot renamed
over, or a journal replaced by ``journal.start``, stays readable through them until
every place has moved on (a new snapshot moves them all; ``Store._reload`` opens
anew). Appends to a journal never change the bytes of earlier lines, and a commit
cut off by a crash is cut back only past its own start.
"""

from __future__ import annotations

import ctypes
import os
import time
from array import array
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from inbox_agent.errors import StoreError
from inbox_agent.store import journal, snapshot
from inbox_agent.store.tables import Tables

# The tables whose records stay on disk once they are written. The attendees too:
# a poll with mail reads them once into its lists (one pread each, ~2 us), and staff
# commands by key; the small tables and the counters stay in memory.
ON_DISK = frozenset({"messages", "outbox", "tasks", "invoices", "attendees"})

SNAPSHOT, JOURNAL = 0, 1
_LENGTH_BITS = 32  # a record of up to 4 GB


class Places:
    """Read handles of the snapshot and the journal, and the places of records in them."""

    def __init__(self) -> None:
        self._fds: list[int | None] = [None, None]

    @staticmethod
    def place(which: int, offset: int, length: int) -> int:
        """Where a record lies, as one int: file, offset, length."""
        if length >> _LENGTH_BITS:
            raise ValueError("record too large to be placed")
        return (((offset << _LENGTH_BITS) | length) << 1) | which

    def read(self, place: int) -> bytes:
        """The bytes of the record at ``place``."""
        which, length = place & 1, (place >> 1) & ((1 << _LENGTH_BITS) - 1)
        offset = place >> (_LENGTH_BITS + 1)
        fd = self._fds[which]
        if fd is None:
            raise StoreError("the store's file behind a record is not open")
        try:
            data = os.pread(fd, length, offset)
        except OSError as exc:
            raise StoreError(f"a record of the store could not be read: {exc}") from None
        if len(data) != length:
            raise StoreError("a record of the store file is cut short: the file was "
                             "changed behind the store's back")
        return data

    def open(self, which: int, path: Path) -> None:
        """Read ``path`` from now on for the places in file ``which`` (the old handle is
        closed: no place may point into it any more). Raises OSError."""
        self.adopt(which, opened(path))

    def close(self, *which: int) -> None:
        for n in which or (SNAPSHOT, JOURNAL):
            fd, self._fds[n] = self._fds[n], None
            if fd is not None:
                os.close(fd)

    def open_if_there(self, which: int, path: Path) -> bool:
        """``open`` if ``path`` exists (True), else no handle for ``which`` (False)."""
        try:
            self.open(which, path)
        except FileNotFoundError:
            self.close(which)
            return False
        except OSError as exc:
            raise StoreError(f"the store file {path} cannot be read: "
                             f"{exc.strerror or exc}") from None
        return True

    def fd(self, which: int) -> int | None:
        return self._fds[which]

    def adopt(self, which: int, fd: int) -> None:
        """Read file ``which`` through ``fd`` from now on (the old handle is closed)."""
        self.close(which)
        self._fds[which] = fd

    def resolve(self, stored: Any) -> Any:
        """A record's bytes, read from disk if ``stored`` is a place."""
        return self.read(stored) if type(stored) is int else stored


def opened(path: Path) -> int:
    """A read handle of ``path``. Raises OSError."""
    return os.open(path, os.O_RDONLY)


def settle(tables: Tables, where: dict[tuple[str, str], tuple[int, int]], which: int,
           base: int) -> None:
    """The records of ``where`` (``{(table, key): (start, length)}``, starts counted
    from ``base`` in file ``which``) are on disk now: the tables of ``ON_DISK`` keep
    only their places. Records deleted meanwhile, and other tables, are left alone."""
    for (name, key), (start, length) in where.items():
        if name in ON_DISK and key in tables.index[name]:
            tables.place(name, key, Places.place(which, base + start, length))


def settle_replayed(tables: Tables, commit: dict, line: bytes, offset: int,
                    dumps: Callable[[Any], bytes]) -> None:
    """A journal line replayed at ``offset``: its records of ``ON_DISK`` tables found in
    it are kept as places there (a record not found as the store would write it stays
    in memory)."""
    mine = {(name, key): tables.encoded(name, key)  # in the line's order
            for name, changes in commit.items() if name in ON_DISK and isinstance(changes, dict)
            for key, record in changes.items() if record is not None}
    settle(tables, journal.find_records(line, {k: v for k, v in mine.items() if v is not None},
                                        dumps), JOURNAL, offset)


def load_snapshot(places: Places, path: Path, loads: Callable[[bytes], Any],
                  tables: Collection[str]) -> dict | None:
    """The snapshot at ``path`` (``snapshot.load``), read through the handle its records'
    places are read through later; the records of ``ON_DISK`` tables as places."""
    if not places.open_if_there(SNAPSHOT, path):
        return None
    return snapshot.load(path, loads, tables, fd=places.fd(SNAPSHOT),
                         on_disk=lambda name, offset, length: Places.place(
                             SNAPSHOT, offset, length) if name in ON_DISK else None)


def noting(placed: array | None) -> Callable[[str, int, int, int], None]:
    """For ``snapshot.layout``: note in ``placed`` where each record of an ``ON_DISK``
    table lands, offset and length, in the order the layout writes them (a flat array:
    a dict of tuples for the 30,000 records of a 10,000-mail store took 6.7 MB while the
    snapshot was written, the burst's peak)."""
    def place(name: str, doc_id: int, offset: int, length: int) -> None:
        if placed is not None and name in ON_DISK:
            placed.extend((offset, length))
    return place


def moved(tables: Tables, places: Places, placed: array, reader: int) -> None:
    """A new snapshot is in place: its records of ``ON_DISK`` tables are read from it
    (through ``reader``) from now on, and memory lets go of any it still held. The
    tables are walked in the order ``snapshot.layout`` wrote them (nothing changed them
    in between: the same call of ``Store._write_snapshot``)."""
    where = iter(placed)
    for name, table in tables.data.items():
        if name in ON_DISK:
            for doc_id in table:
                table[doc_id] = Places.place(SNAPSHOT, next(where), next(where))
    if next(where, None) is not None:
        raise StoreError("the snapshot's records do not match the tables")
    places.adopt(SNAPSHOT, reader)


def _trimmer() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None


_TRIM = _trimmer()
_TRIM_EVERY = 1.0  # seconds: a trim walks the whole heap (~5-10 ms at 200 MB)
_trimmed = [0.0]


def give_back() -> None:
    """After a commit, the bytes of the records that went to disk are free: ask the C
    allocator to return free pages to the system (glibc keeps them otherwise, and a
    burst's peak grew with them). At most once a second."""
    now = time.monotonic()
    if _TRIM is not None and now - _trimmed[0] >= _TRIM_EVERY:
        _trimmed[0] = now
        _TRIM(0)
