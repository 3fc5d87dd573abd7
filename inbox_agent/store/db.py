"""The durable state: attendees, handled mails, the outbox. The only module that
imports tinydb, filelock and orjson.

Why it looks like this:
- TinyDB is the record store, held in memory between commits (``_Memory`` storage);
  the tables and their indexes are ``tables.py``, the snapshot file ``snapshot.py``,
  the ``.sent`` notes ``notes.py``. This module keeps the libraries and the locks.
- ``commit()`` appends the batch's changes as one line to ``<name>.journal`` and fsyncs
  it (``journal.py``): its cost follows the size of the change, not of the history.
  When the journal has grown as large as the snapshot, the whole database is written
  as a new snapshot ``<name>``, atomically (temporary file, fsync, rename, fsync of the
  folder), and a new journal begun; a crash at any point leaves the last confirmed
  commit readable. The snapshot before the last one is kept as ``<name>.bak``.
- Every record has a string ``key``; an in-memory index maps key -> document id, so a
  lookup never scans a table, and a batch of changes costs the size of the batch
  (``tables.py``). The message log stays on disk, where the snapshot or the journal
  has its bytes; memory keeps its keys, indexed fields and places (``ondisk.py``).
- A lock file (``<name>.lock``) stops a second process from writing at the same time.
  ``open()`` holds it for the life of the store (``poll --once``, tests); ``open(hold=False)``
  takes it only inside ``exclusive()``, one unit of work at a time, and re-reads the file
  there when another process has written it meanwhile. That is how the daemon and the
  staff commands (``mark-paid``, ``note``, ...) share one store: they take turns, each
  sees what the other committed, and nobody has to stop the daemon.
- A second lock file (``<name>.daemon.lock``, ``claim_daemon``) is held by the daemon for
  its whole life: a second daemon on the same store is refused, and ``status`` can tell
  whether one is running.
"""

from __future__ import annotations

import logging
import os
import secrets
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock
import orjson
from tinydb import TinyDB
from tinydb.storages import Storage

from inbox_agent.errors import StoreError, StoreLockedError
from inbox_agent.faults import point
from inbox_agent.store import journal, ondisk, snapshot
from inbox_agent.store.notes import SentNotes
from inbox_agent.store.ondisk import JOURNAL, ON_DISK, Places
from inbox_agent.store.tables import INDEXED, TABLES, Codec, Records, Tables

# Re-exported: other modules import them from here.
__all__ = ["FORMAT_VERSION", "INDEXED", "MIN_JOURNAL_BYTES", "TABLES", "Store",
           "StoreError", "StoreLockedError"]

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
# A new snapshot is written once the journal is larger than the snapshot, or than this.
MIN_JOURNAL_BYTES = 1 << 20


def _encoded(record: object) -> bytes:
    """A record as JSON bytes of its own size. orjson hands back its write buffer as
    the bytes object, sized for growth: 16 KB or more for a record of 1 KB, which
    the store held for its whole life (RSS 380 MB at 10,000 mails, BENCHMARKS.md)."""
    return bytes(memoryview(orjson.dumps(record)))


# The tables hold each record as its JSON bytes (``tables.py``).
_CODEC = Codec(_encoded, orjson.loads)


def _unwritable(path: Path, exc: OSError) -> StoreError:
    """The store's folder cannot be written (read-only, wrong owner): say what to fix."""
    return StoreError(
        f"cannot use the store folder {path.parent}: {exc.strerror or exc} "
        f"({exc.filename or path}). The user running inbox-agent must be able to create "
        f"files there: fix the folder's owner or permissions, or point [storage] path in "
        f"config.toml elsewhere. Nothing was read, sent or changed."
    )


class _Memory(Storage):
    """TinyDB storage that keeps the data in memory; ``Store.commit`` persists it."""

    def __init__(self, data: dict | None = None) -> None:
        self._data = data

    def read(self) -> dict | None:
        return self._data

    def write(self, data: dict) -> None:
        self._data = data


class Store(Records):
    """Typed access to the store file. Reads are served from memory; writes are staged
    with ``put``/``delete`` and reach the disk only with ``commit``."""

    def __init__(self, path: Path, *, lock: bool = True, persist: bool = True) -> None:
        super().__init__(orjson.loads, _encoded)  # ``put`` copies with orjson (``_copy``)
        self.path = Path(path)
        self.persist = persist
        # Not thread-local: the daemon's jobs run in a worker thread, and a lock held by
        # the process must count as held in every thread of it (re-entrant).
        self._lock = (filelock.FileLock(str(self.path) + ".lock", thread_local=False)
                      if lock else None)
        self._signature: tuple | None = None  # the files as we last saw them
        self._db: TinyDB | None = None
        self._notes = SentNotes(self.path.with_name(self.path.name + ".sent"))  # note_sent
        self._snapshot_size = 0
        self._journal_size = 0
        self._new_snapshot_next = True  # no snapshot of ours yet, or the journal broke
        self._line = b""  # the commit being written (see _write)
        self._line_places: dict = {}  # where its records are in it
        self._places = Places()  # the message log stays on disk (ondisk.py)

    # -- life cycle ---------------------------------------------------------------

    def open(self, *, hold: bool = True) -> "Store":
        """Load the store. With ``hold`` (the default) the lock is taken now and kept until
        ``close``; without it, only inside ``exclusive()`` (turn-taking with others)."""
        if self._lock is not None and hold:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._lock.acquire(timeout=0)
            except filelock.Timeout:
                raise StoreLockedError(
                    f"another inbox-agent is already working with the store {self.path} "
                    f"(lock file {self._lock.lock_file}). Stop it first, or point "
                    f"[storage] path in config.toml at a different file."
                ) from None
            except OSError as exc:
                raise _unwritable(self.path, exc) from None
        self._reload()
        return self

    def _reload(self) -> None:
        # New read handles; the old tables keep reading theirs if loading fails early.
        old, self._places = self._places, Places()
        try:
            self._load_all()
        except BaseException:
            if self._tables is None or self._tables.read_at != self._places.read:
                self._places.close()
                self._places = old
            raise
        old.close()

    def _load_all(self) -> None:
        self._signature = self._stat()
        data = self._load()
        if self._db is not None:
            self._db.close()
        self._db = TinyDB(data, storage=_Memory)
        try:  # each record held as its JSON bytes, or where they are on disk
            self._tables = Tables(data, _CODEC, self._places.read)
        except (ValueError, KeyError, TypeError) as exc:  # a record line that is not one
            raise snapshot.damaged(self.path, exc) from None
        self._unstage()
        self._replay_journal(data)
        if any(self._tables.in_memory(name) for name in ON_DISK):
            self._new_snapshot_next = True  # an older file: its log goes to disk
        self._notes.read()

    def _stat(self) -> tuple | None:
        """The snapshot's and the journal's identity, size and time: what another
        process's commit changes."""
        seen = []
        for path in (self.path, self._journal_path()):
            try:
                st = path.stat()
            except FileNotFoundError:
                seen.append(None)
                continue
            seen.append((st.st_ino, st.st_size, st.st_mtime_ns))
        return tuple(seen) if seen[0] is not None else None

    @contextmanager
    def exclusive(self, timeout: float = 0) -> Iterator["Store"]:
        """Hold the lock for one unit of work, seeing the file as the last writer left it.

        Waits up to ``timeout`` seconds for another process's turn to end, then raises
        ``StoreLockedError``. Commit inside the block: changes still staged when it
        raises are dropped, exactly as if the process had stopped at that point (the
        pipeline is built to redo uncommitted work). Re-entrant.
        """
        if self._lock is None:
            yield self
            return
        nested = self._lock.is_locked
        try:
            if not nested:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=timeout)
        except filelock.Timeout:
            raise StoreLockedError(
                f"the store {self.path} stayed busy for {timeout:g} s: the daemon is in the "
                f"middle of a long job (e.g. a first import or a circular). Try again in a "
                f"minute; nothing was changed."
            ) from None
        except OSError as exc:
            raise _unwritable(self.path, exc) from None
        try:
            if not nested and self._stat() != self._signature:
                self._reload()  # another process committed since we last looked
            yield self
        except BaseException:
            if not nested:
                self.rollback()
            raise
        finally:
            self._lock.release()

    def claim_daemon(self) -> "filelock.BaseFileLock":
        """Take the daemon lock (held until the returned lock is released) or raise
        ``StoreLockedError`` if another daemon works on this store."""
        lock = filelock.FileLock(str(self.path) + ".daemon.lock", thread_local=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire(timeout=0)
        except filelock.Timeout:
            raise StoreLockedError(
                f"an inbox-agent daemon is already running on the store {self.path} "
                f"(lock file {lock.lock_file}); stop it before starting another one."
            ) from None
        except OSError as exc:
            raise _unwritable(self.path, exc) from None
        return lock

    def daemon_running(self) -> bool:
        """Is a daemon holding this store's daemon lock right now?"""
        lock_path = str(self.path) + ".daemon.lock"
        if not os.path.exists(lock_path):
            return False
        lock = filelock.FileLock(lock_path, thread_local=False)
        try:
            lock.acquire(timeout=0)
        except filelock.Timeout:
            return True
        lock.release()
        return False

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
            self._tables = None
            self._places.close()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> "Store":
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def commit(self) -> None:
        """Apply staged changes and make them durable: one journal append (one write,
        one fsync) per batch, or a new snapshot when the journal has grown large."""
        if not self.dirty:
            return
        changes = {name: staged for name, staged in self._staged.items() if staged}
        tables = self._open()
        for name, staged in changes.items():
            tables.apply(name, staged, self._staged_bytes)  # the bytes put made are kept
        self._unstage()
        if self.persist:  # the line from the records' bytes (the same as dumps(changes))
            self._line, self._line_places = journal.line_of(
                {name: {key: tables.encoded(name, key) or b"null" for key in staged}
                 for name, staged in changes.items()}, orjson.dumps)
            try:
                self._write()
            except StoreError:
                self._forget_unsaved()
                raise
            self._notes.clear(
                lambda mid: (self.get("outbox", mid) or {}).get("status") == "sent")
            ondisk.give_back()

    def write_copy(self, target: Path) -> None:
        """Save what is committed now as one self-contained snapshot file at ``target``
        (journal included), e.g. the backup before a migration; kept if it exists.
        Copying it over the store file brings that state back (the journal then
        belongs to another generation and is ignored)."""
        assert self._db is not None
        try:
            snapshot.write_copy(target, b"".join(self._dumps()))
        except OSError as exc:
            raise StoreError(f"could not write the copy {target}: {exc.strerror or exc}; "
                             f"nothing was changed") from exc

    def compact(self) -> None:
        """Write the whole store as a new snapshot now and begin an empty journal."""
        self.commit()
        if self.persist:
            self._write_snapshot()

    # -- replies the SMTP server accepted, before a commit records them ---------------

    def note_sent(self, message_id: str) -> None:
        """Write down at once that the SMTP server accepted ``message_id``: one append
        to ``<name>.sent``, no fsync (``notes.py``). The outbox calls it the moment the
        server said 250, before anything else can happen; the next run does not send
        the reply again (``noted_sent``)."""
        if self.persist:
            self._notes.add(message_id)

    def noted_sent(self) -> frozenset[str]:
        """Message-IDs the SMTP server accepted that no commit has recorded as sent yet
        (left by an interrupted run, or by this one before its commit)."""
        return frozenset(self._notes.ids)

    # -- writing the files ---------------------------------------------------------

    def _forget_unsaved(self) -> None:
        """A commit that did not reach the disk must not live on in memory either: the
        next unit of work (a daemon keeps running when the disk is full) starts from what
        is durable, exactly as after a restart. Otherwise it could send a reply whose
        record exists only in memory, and a restart would send it again."""
        try:
            self._reload()
        except StoreError:
            self._signature = None  # unreadable now: exclusive() tries again next time

    def _write(self) -> None:
        """Persist the commit in ``self._line``: append it to the journal, or write a new
        snapshot when the journal would outgrow the snapshot. (One write per commit.)"""
        line, self._line = self._line, b""
        limit = max(self._snapshot_size, MIN_JOURNAL_BYTES)
        if self._new_snapshot_next or self._journal_size + len(line) > limit:
            self._write_snapshot()
            return
        start = self._journal_size
        try:
            self._journal_size = journal.append(self._journal_path(), line, self._journal_size,
                                                midway=lambda: point("store-write"))
        except OSError as exc:
            self._new_snapshot_next = True  # whatever the file holds now, start afresh
            raise StoreError(
                f"could not save the store {self._journal_path()}: {exc.strerror or exc}. "
                f"Nothing of this batch was confirmed; it will be done again once the disk "
                f"is writable."
            ) from exc
        ondisk.settle(self._open(), self._line_places, JOURNAL, start)
        self._signature = self._stat()

    def _write_snapshot(self) -> None:
        """Write the whole store as a new snapshot of a new generation, then begin its
        (empty) journal. From the rename on, a journal of the old generation is ignored,
        so a crash before the new journal exists loses nothing."""
        assert self._db is not None
        data = self._db.storage.read() or {}
        generation = secrets.token_hex(8)
        data.setdefault("_format", {}).setdefault("1", {"key": "version",
                                                       "version": FORMAT_VERSION})
        data["_format"]["1"]["journal"] = generation
        placed = array("Q")  # where the records kept on disk land (ondisk.noting)
        reader: list[int] = []  # a read handle of the new snapshot, from its rename on
        try:
            # Bytes straight away, in pieces (no second copy of the whole store).
            self._snapshot_size = snapshot.write(
                self.path, self._dumps(placed), midway=lambda: point("store-write"),
                replaced=lambda: (reader.append(ondisk.opened(self.path)), self._seen()))
            ondisk.moved(self._open(), self._places, placed, reader.pop())
            self._new_snapshot_next = True
            self._journal_size = journal.start(self._journal_path(), generation)
            self._places.open(JOURNAL, self._journal_path())
            self._new_snapshot_next = False
            self._seen()
        except OSError as exc:
            for fd in reader:
                os.close(fd)
            raise StoreError(
                f"could not save the store {self.path}: {exc.strerror or exc}. Nothing of "
                f"this batch was confirmed; it will be done again once the disk is writable."
            ) from exc

    def _dumps(self, placed: array | None = None) -> Iterator[bytes]:
        """The whole store as JSON in pieces, a record a line; the records are held
        encoded and go in as they are (read from disk where they are there). Where
        the records of ``ON_DISK`` tables land goes into ``placed``."""
        return snapshot.layout(self._open().data, TABLES, orjson.dumps,
                               resolve=self._places.resolve, placed=ondisk.noting(placed))

    def _seen(self) -> None:
        """The files are as this process wrote them: no reason to re-read them."""
        self._signature = self._stat()

    # -- reading the files ---------------------------------------------------------

    def _load(self) -> dict:
        # orjson parses the UTF-8 bytes directly (json.loads first made a str as large
        # as the file: BENCHMARKS.md); a record at a time (``snapshot.layout``), through
        # the handle the records' places are read through later (``ondisk.py``).
        data = ondisk.load_snapshot(self._places, self.path, orjson.loads, TABLES)
        if data is None:
            return {"_format": {"1": {"key": "version", "version": FORMAT_VERSION}}}
        return data

    def _journal_path(self) -> Path:
        return self.path.with_name(self.path.name + ".journal")

    def _replay_journal(self, data: dict) -> None:
        """Apply the commits of the journal that belongs to the loaded snapshot."""
        self._snapshot_size = self._journal_size = 0
        self._new_snapshot_next = True
        if not self.path.exists():
            return  # a new store: the first commit writes the first snapshot
        self._snapshot_size = self.path.stat().st_size
        generation = (data.get("_format", {}).get("1") or {}).get("journal")
        tables = self._open()

        def apply(commit: dict, line: bytes, offset: int) -> None:
            for name, changes in commit.items():
                if name in TABLES and isinstance(changes, dict):
                    tables.apply(name, changes)
            ondisk.settle_replayed(tables, commit, line, offset, orjson.dumps)

        if not self._places.open_if_there(JOURNAL, self._journal_path()):
            return  # no journal yet: the next commit writes a snapshot
        try:
            contents = journal.replay(self._journal_path(), generation, apply,
                                      loads=orjson.loads, fd=self._places.fd(JOURNAL),
                                      where=True)
        except journal.JournalDamaged as exc:
            raise StoreError(
                f"the store journal {self._journal_path()} is damaged and was not touched "
                f"({exc}). The snapshot {self.path} holds the state before that journal: "
                f"move the journal away to continue from the snapshot (mails of the lost "
                f"batches are read again; replies among them may go out a second time)."
            ) from None
        except OSError as exc:
            raise StoreError(f"the store journal {self._journal_path()} cannot be read: "
                             f"{exc.strerror or exc}") from None
        if contents is None:
            return  # no journal of this snapshot yet: the next commit writes a snapshot
        if contents.torn_tail:
            # A commit cut off by a crash was never confirmed: drop it, but only with
            # the lock held; otherwise the next commit starts a new snapshot anyway.
            if not (self.persist and self._lock is not None and self._lock.is_locked):
                return
            try:
                journal.truncate(self._journal_path(), contents.good_size)
            except OSError:
                return
            self._seen()
        self._journal_size = contents.good_size
        self._new_snapshot_next = False
