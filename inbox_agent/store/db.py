"""The durable state: attendees, handled mails, the outbox. The only module that
imports tinydb, filelock and orjson.

Why it looks like this:
- TinyDB is the record store, held in memory between commits (``_Memory`` storage).
- ``commit()`` appends the batch's changes as one line to ``<name>.journal`` and fsyncs
  it (``journal.py``): its cost follows the size of the change, not of the history.
  When the journal has grown as large as the snapshot, the whole database is written
  as a new snapshot ``<name>``, atomically (temporary file, fsync, rename, fsync of the
  folder), and a new journal begun; a crash at any point leaves the last confirmed
  commit readable. The snapshot before the last one is kept as ``<name>.bak``.
- Every record has a string ``key``; an in-memory index maps key -> document id, so a
  lookup never scans a table, and a batch of changes costs the size of the batch: the
  store reads and changes the tables (TinyDB's layout, ``{table: {doc_id: record}}``)
  directly, since TinyDB's own update rebuilds a whole table per call.
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

import json
import logging
import os
import secrets
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
import orjson
from tinydb import TinyDB
from tinydb.storages import Storage

from inbox_agent.errors import StoreError, StoreLockedError
from inbox_agent.faults import point
from inbox_agent.store import journal

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
# A new snapshot is written once the journal is larger than the snapshot, or than this.
MIN_JOURNAL_BYTES = 1 << 20

# Fields find() looks up through an index (value -> document ids) that _apply keeps
# current: the outbox is asked for its planned entries at every poll and every batch,
# and scanning thousands of sent ones made an empty poll grow with the history.
INDEXED: dict[str, tuple[str, ...]] = {"outbox": ("status",)}

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
)


def _clone(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists, scalars): several times faster than
    ``copy.deepcopy``, which matters when a poll reads every record of a table."""
    if isinstance(value, dict):
        return {k: _clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clone(v) for v in value]
    return value


def _unwritable(path: Path, exc: OSError) -> StoreError:
    """The store's folder cannot be written (read-only, wrong owner): say what to fix."""
    return StoreError(
        f"cannot use the store folder {path.parent}: {exc.strerror or exc} "
        f"({exc.filename or path}). The user running inbox-agent must be able to create "
        f"files there: fix the folder's owner or permissions, or point [storage] path in "
        f"config.toml elsewhere. Nothing was read, sent or changed."
    )


_UNINDEXABLE = object()


def _indexable(value: Any) -> Any:
    """``value`` itself if it can be an index key (hashable), else a marker."""
    try:
        hash(value)
    except TypeError:
        return _UNINDEXABLE
    return value


class _Memory(Storage):
    """TinyDB storage that keeps the data in memory; ``Store.commit`` persists it."""

    def __init__(self, data: dict | None = None) -> None:
        self._data = data

    def read(self) -> dict | None:
        return self._data

    def write(self, data: dict) -> None:
        self._data = data


class Store:
    """Typed access to the store file. Reads are served from memory; writes are staged
    with ``put``/``delete`` and reach the disk only with ``commit``."""

    def __init__(self, path: Path, *, lock: bool = True, persist: bool = True) -> None:
        self.path = Path(path)
        self.persist = persist
        # Not thread-local: the daemon's jobs run in a worker thread, and a lock held by
        # the process must count as held in every thread of it (re-entrant).
        self._lock = (filelock.FileLock(str(self.path) + ".lock", thread_local=False)
                      if lock else None)
        self._signature: tuple | None = None  # the files as we last saw them
        self._db: TinyDB | None = None
        self._index: dict[str, dict[str, int]] = {}
        self._staged: dict[str, dict[str, dict | None]] = {t: {} for t in TABLES}
        self._noted: set[str] = set()  # see note_sent
        self._snapshot_size = 0
        self._journal_size = 0
        self._new_snapshot_next = True  # no snapshot of ours yet, or the journal broke
        self._line = b""  # the commit being written (see _write)

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
        self._signature = self._stat()
        data = self._load()
        if self._db is not None:
            self._db.close()
        self._db = TinyDB(data, storage=_Memory)
        self._index = {
            name: {doc["key"]: int(doc_id) for doc_id, doc in self._raw(name).items()}
            for name in TABLES
        }
        self._next_id = {name: max(index.values(), default=0) + 1
                         for name, index in self._index.items()}
        self._by_value: dict[tuple[str, str], dict[Any, set[int]]] = {}
        for name, fields in INDEXED.items():
            for field in fields:
                by_value = self._by_value[(name, field)] = {}
                for doc_id, doc in self._raw(name).items():
                    by_value.setdefault(_indexable(doc.get(field)), set()).add(int(doc_id))
        self._staged = {t: {} for t in TABLES}
        self._replay_journal(data)
        self._noted = self._read_noted()

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
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> "Store":
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------

    def get(self, table: str, key: str) -> dict | None:
        """The record ``key`` of ``table`` including staged changes, or None. A copy."""
        staged = self._staged[table]
        if key in staged:
            value = staged[key]
            return _clone(value) if value is not None else None
        doc_id = self._index[table].get(key)
        if doc_id is None:
            return None
        doc = self._raw(table).get(str(doc_id))
        return _clone(doc) if doc is not None else None

    def all(self, table: str) -> Iterator[dict]:
        """Every record of ``table`` (staged changes included), in insertion order."""
        return self.find(table)

    def find(self, table: str, **equal: Any) -> Iterator[dict]:
        """The records of ``table`` whose fields have the given values (staged changes
        included), in insertion order. Compares before copying: a scan for the few
        planned replies among thousands of sent ones copies only the few."""
        staged = self._staged[table]
        wanted = tuple(equal.items())
        raw = self._raw(table)
        ids = self._candidates(table, equal)
        docs = list(raw.values()) if ids is None else [raw[str(i)] for i in ids]
        for doc in docs:
            if doc["key"] in staged or any(doc.get(f) != v for f, v in wanted):
                continue
            yield _clone(doc)
        for value in list(staged.values()):
            if value is not None and not any(value.get(f) != v for f, v in wanted):
                yield _clone(value)

    def _candidates(self, table: str, equal: Mapping[str, Any]) -> list[int] | None:
        """Document ids (in insertion order) that may match, from an index; None: scan."""
        for field, value in equal.items():
            by_value = self._by_value.get((table, field))
            if by_value is not None and _indexable(value) is value:
                return sorted(by_value.get(value, ()))
        return None

    def count(self, table: str) -> int:
        return sum(1 for _ in self.all(table))

    # -- staging writes ------------------------------------------------------------

    def put(self, table: str, record: Mapping[str, Any]) -> None:
        """Stage ``record`` (must have a string ``key``) to be written at ``commit``."""
        key = record.get("key")
        if not isinstance(key, str) or not key:
            raise ValueError(f"a {table} record needs a string 'key'")
        # Round-trip through JSON now, so a value that cannot be stored fails here, at
        # the caller, and not later in commit() where the whole batch would be lost.
        # (No NaN or Infinity: they are not JSON, and the file could not be read back.)
        self._staged[table][key] = json.loads(json.dumps(dict(record), allow_nan=False))

    def put_many(self, table: str, records: Iterable[Mapping[str, Any]]) -> None:
        for record in records:
            self.put(table, record)

    def delete(self, table: str, key: str) -> None:
        self._staged[table][key] = None

    @property
    def dirty(self) -> bool:
        return any(self._staged.values())

    def rollback(self) -> None:
        """Forget staged changes (the batch failed before commit)."""
        self._staged = {t: {} for t in TABLES}

    def commit(self) -> None:
        """Apply staged changes and make them durable: one journal append (one write,
        one fsync) per batch, or a new snapshot when the journal has grown large."""
        if not self.dirty:
            return
        changes = {name: staged for name, staged in self._staged.items() if staged}
        for name, staged in changes.items():
            self._apply(name, staged)
        self._staged = {t: {} for t in TABLES}
        if self.persist:
            self._line = orjson.dumps(changes) + b"\n"
            try:
                self._write()
            except StoreError:
                self._forget_unsaved()
                raise
            self._clear_noted()

    # -- replies the SMTP server accepted, before a commit records them ---------------

    def note_sent(self, message_id: str) -> None:
        """Write down at once that the SMTP server accepted ``message_id``: one append
        to ``<name>.sent``, no fsync. The outbox calls it the moment the server said
        250, before anything else can happen; a process killed after that (SIGKILL,
        OOM) leaves the line in the page cache, and the next run does not send the
        reply again (``noted_sent``). Only a power cut in the next seconds could lose
        it; then the Sent folder is the record (RELIABILITY.md)."""
        if not self.persist:
            return
        self._noted.add(message_id)
        try:
            fd = os.open(self._noted_path(), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, message_id.encode("utf-8", "replace") + b"\n")
            finally:
                os.close(fd)
        except OSError as exc:
            # The reply has left: failing here would only make it go again. The copy in
            # the Sent folder, filed next, is then the record.
            log.warning("could not note %s as sent in %s: %s", message_id,
                        self._noted_path(), exc.strerror or exc)

    def noted_sent(self) -> frozenset[str]:
        """Message-IDs the SMTP server accepted that no commit has recorded as sent yet
        (left by an interrupted run, or by this one before its commit)."""
        return frozenset(self._noted)

    def _noted_path(self) -> Path:
        return self.path.with_name(self.path.name + ".sent")

    def _read_noted(self) -> set[str]:
        try:
            text = self._noted_path().read_bytes().decode("utf-8", "replace")
        except FileNotFoundError:
            return set()
        except OSError as exc:
            raise StoreError(f"the file {self._noted_path()} cannot be read: {exc.strerror}. "
                             f"It lists replies already sent; make it readable.") from None
        return {line.strip() for line in text.splitlines() if line.strip()}

    def _clear_noted(self) -> None:
        """Forget the notes a commit has now recorded as sent (usually all of them)."""
        if not self._noted:
            return
        left = {mid for mid in self._noted
                if (self.get("outbox", mid) or {}).get("status") != "sent"}
        if left == self._noted:
            return
        try:
            if left:  # rare: a reply noted by another process, not yet recorded
                tmp = self._noted_path().with_suffix(".sent.tmp")
                tmp.write_bytes(b"".join(m.encode() + b"\n" for m in sorted(left)))
                os.replace(tmp, self._noted_path())
            else:
                os.truncate(self._noted_path(), 0)
        except OSError:
            return  # harmless: a stale note names a reply that is recorded as sent anyway
        self._noted = left

    def _forget_unsaved(self) -> None:
        """A commit that did not reach the disk must not live on in memory either: the
        next unit of work (a daemon keeps running when the disk is full) starts from what
        is durable, exactly as after a restart. Otherwise it could send a reply whose
        record exists only in memory, and a restart would send it again."""
        try:
            self._reload()
        except StoreError:
            self._signature = None  # unreadable now: exclusive() tries again next time

    def compact(self) -> None:
        """Write the whole store as a new snapshot now and begin an empty journal."""
        self.commit()
        if self.persist:
            self._write_snapshot()

    # -- internals -----------------------------------------------------------------

    def _write(self) -> None:
        """Persist the commit in ``self._line``: append it to the journal, or write a new
        snapshot when the journal would outgrow the snapshot. (One write per commit.)"""
        line, self._line = self._line, b""
        limit = max(self._snapshot_size, MIN_JOURNAL_BYTES)
        if self._new_snapshot_next or self._journal_size + len(line) > limit:
            self._write_snapshot()
            return
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
        self._signature = self._stat()

    def _raw(self, name: str) -> dict[str, dict]:
        """The table as stored: ``{str(doc_id): record}`` in insertion order (TinyDB's
        layout, which the file keeps)."""
        if self._db is None:
            raise StoreError("the store is not open")
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}")
        data = self._db.storage.read()
        assert data is not None
        return data.setdefault(name, {})

    def _apply(self, name: str, changes: dict[str, dict | None]) -> None:
        """Apply staged changes to one table: O(changes), whatever the table's size."""
        raw = self._raw(name)
        index = self._index[name]
        indexed = [(f, self._by_value[(name, f)]) for f in INDEXED.get(name, ())]
        for key, record in changes.items():
            doc_id = index.get(key)
            for field, by_value in indexed:
                if doc_id is not None:
                    by_value.get(_indexable(raw[str(doc_id)].get(field)), set()).discard(doc_id)
                if record is not None:
                    new_id = doc_id if doc_id is not None else self._next_id[name]
                    by_value.setdefault(_indexable(record.get(field)), set()).add(new_id)
            if record is None:
                if doc_id is not None:
                    raw.pop(str(doc_id), None)
                    del index[key]
            elif doc_id is not None:
                raw[str(doc_id)] = record  # an update keeps the record's place
            else:
                doc_id = index[key] = self._next_id[name]
                self._next_id[name] += 1
                raw[str(doc_id)] = record

    def _load(self) -> dict:
        if not self.path.exists():
            return {"_format": {"1": {"key": "version", "version": FORMAT_VERSION}}}
        try:
            raw = self.path.read_bytes()
            # orjson parses the UTF-8 bytes directly: the standard library first decodes
            # them into a str as large as the file (up to 4 bytes a character), which
            # nearly doubled the peak memory of loading a large store (BENCHMARKS.md).
            data = orjson.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("the top level is not a JSON object")
        except (ValueError, UnicodeDecodeError) as exc:
            backup = self._backup_path()
            hint = (
                f"The previous good copy is {backup}: check it, then copy it over the "
                f"damaged file to continue from there."
                if backup.exists()
                else "No previous copy exists; move the damaged file away to start empty."
            )
            raise StoreError(
                f"the store file {self.path} is damaged and was not touched ({exc}). {hint}"
            ) from None
        except OSError as exc:
            raise StoreError(f"the store file {self.path} cannot be read: {exc}") from None
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
        def apply(commit: dict) -> None:
            for name, changes in commit.items():
                if name in TABLES and isinstance(changes, dict):
                    self._apply(name, changes)

        try:
            contents = journal.replay(self._journal_path(), generation, apply,
                                      loads=orjson.loads)
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
            self._signature = self._stat()
        self._journal_size = contents.good_size
        self._new_snapshot_next = False

    def _backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def _remove_stale_temp_files(self) -> None:
        """Delete snapshot files a killed process left half-written (each as large as the
        store). Only called while this process holds the lock, so none is in use."""
        for stale in self.path.parent.glob(self.path.name + ".*.tmp*"):
            try:
                stale.unlink()
            except OSError:  # not ours to remove, or gone already: harmless either way
                pass

    def _write_snapshot(self) -> None:
        assert self._db is not None
        data = self._db.storage.read() or {}
        generation = secrets.token_hex(8)
        data.setdefault("_format", {}).setdefault("1", {"key": "version",
                                                       "version": FORMAT_VERSION})
        data["_format"]["1"]["journal"] = generation
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._remove_stale_temp_files()
            fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=folder)
            try:
                # Bytes straight away (no str of the whole store in between), and fast.
                text = orjson.dumps(data)
                # mkstemp creates the file 0600: attendees' data is readable by its owner only.
                with os.fdopen(fd, "wb") as out:
                    out.write(text)
                    out.flush()
                    os.fsync(out.fileno())
                point("store-write")
                if self.path.exists():
                    # Keep the last good file: hard link, then atomic rename over .bak.
                    link = tmp + ".bak"
                    os.link(self.path, link)
                    os.replace(link, self._backup_path())
                os.replace(tmp, self.path)
                self._signature = self._stat()
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
            # The snapshot holds everything: from here on a journal of the old generation
            # is ignored, so a crash before the new journal exists loses nothing.
            self._snapshot_size = len(text)
            self._new_snapshot_next = True
            self._journal_size = journal.start(self._journal_path(), generation)
            self._new_snapshot_next = False
            self._signature = self._stat()
        except OSError as exc:
            raise StoreError(
                f"could not save the store {self.path}: {exc.strerror or exc}. Nothing of "
                f"this batch was confirmed; it will be done again once the disk is writable."
            ) from exc
