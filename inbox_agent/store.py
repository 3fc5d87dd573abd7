"""The durable state: attendees, handled mails, the outbox. The only module that
imports tinydb and filelock.

Why it looks like this:
- TinyDB is the record store, held in memory between commits (``_Memory`` storage);
  ``commit()`` writes the whole database once per batch of mails, atomically (temporary
  file, fsync, rename, fsync of the folder), so a crash in the middle of a write leaves
  the previous file intact. The file before the last commit is kept as ``<name>.bak``.
- Every record has a string ``key``; an in-memory index maps key -> document id, so a
  lookup never scans a table, and a batch of changes costs one pass per table.
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

import copy
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from .errors import StoreError, StoreLockedError
from .faults import point

FORMAT_VERSION = 1

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
        self._signature: tuple[int, int, int] | None = None  # the file as we last saw it
        self._db: TinyDB | None = None
        self._index: dict[str, dict[str, int]] = {}
        self._staged: dict[str, dict[str, dict | None]] = {t: {} for t in TABLES}

    # -- life cycle ---------------------------------------------------------------

    def open(self, *, hold: bool = True) -> "Store":
        """Load the store. With ``hold`` (the default) the lock is taken now and kept until
        ``close``; without it, only inside ``exclusive()`` (turn-taking with others)."""
        if self._lock is not None and hold:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._lock.acquire(timeout=0)
            except filelock.Timeout:
                raise StoreLockedError(
                    f"another inbox-agent is already working with the store {self.path} "
                    f"(lock file {self._lock.lock_file}). Stop it first, or point "
                    f"[storage] path in config.toml at a different file."
                ) from None
        self._reload()
        return self

    def _reload(self) -> None:
        self._signature = self._stat()
        data = self._load()
        if self._db is not None:
            self._db.close()
        self._db = TinyDB(data, storage=_Memory)
        self._index = {
            name: {doc["key"]: doc.doc_id for doc in self._db.table(name).all()}
            for name in TABLES
        }
        self._staged = {t: {} for t in TABLES}

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

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
        if not nested:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=timeout)
        except filelock.Timeout:
            raise StoreLockedError(
                f"the store {self.path} stayed busy for {timeout:g} s: the daemon is in the "
                f"middle of a long job (e.g. a first import or a circular). Try again in a "
                f"minute; nothing was changed."
            ) from None
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            lock.acquire(timeout=0)
        except filelock.Timeout:
            raise StoreLockedError(
                f"an inbox-agent daemon is already running on the store {self.path} "
                f"(lock file {lock.lock_file}); stop it before starting another one."
            ) from None
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
            return copy.deepcopy(value) if value is not None else None
        doc_id = self._index[table].get(key)
        if doc_id is None:
            return None
        doc = self._table(table).get(doc_id=doc_id)
        return copy.deepcopy(dict(doc)) if doc is not None else None

    def all(self, table: str) -> Iterator[dict]:
        """Every record of ``table`` (staged changes included), in insertion order."""
        staged = self._staged[table]
        for doc in self._table(table).all():
            key = doc["key"]
            if key in staged:
                continue
            yield copy.deepcopy(dict(doc))
        for key, value in staged.items():
            if value is not None:
                yield copy.deepcopy(value)

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
        self._staged[table][key] = json.loads(json.dumps(dict(record)))

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
        """Apply staged changes and write the file atomically (one write per batch)."""
        if not self.dirty:
            return
        for name, changes in self._staged.items():
            if changes:
                self._apply(name, changes)
        self._staged = {t: {} for t in TABLES}
        if self.persist:
            self._write()

    # -- internals -----------------------------------------------------------------

    def _table(self, name: str):
        if self._db is None:
            raise StoreError("the store is not open")
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}")
        return self._db.table(name)

    def _apply(self, name: str, changes: dict[str, dict | None]) -> None:
        table = self._table(name)
        index = self._index[name]
        updates = {k: v for k, v in changes.items() if v is not None and k in index}
        inserts = [v for k, v in changes.items() if v is not None and k not in index]
        removals = [index[k] for k, v in changes.items() if v is None and k in index]
        if updates:

            def replace(doc: dict) -> None:
                new = updates[doc["key"]]
                doc.clear()
                doc.update(new)

            table.update(replace, doc_ids=[index[k] for k in updates])
        if inserts:
            for record, doc_id in zip(inserts, table.insert_multiple(inserts)):
                index[record["key"]] = doc_id
        if removals:
            table.remove(doc_ids=removals)
            for key in [k for k, v in changes.items() if v is None]:
                index.pop(key, None)

    def _load(self) -> dict:
        if not self.path.exists():
            return {"_format": {"1": {"key": "version", "version": FORMAT_VERSION}}}
        try:
            raw = self.path.read_bytes()
            data = json.loads(raw)
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

    def _backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def _write(self) -> None:
        assert self._db is not None
        data = self._db.storage.read() or {}
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=folder)
            try:
                # mkstemp creates the file 0600: attendees' data is readable by its owner only.
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
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
        except OSError as exc:
            raise StoreError(
                f"could not save the store {self.path}: {exc.strerror or exc}. Nothing of "
                f"this batch was confirmed; it will be done again once the disk is writable."
            ) from exc
