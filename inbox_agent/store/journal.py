"""The store's append-only journal: one line per commit, beside the snapshot file.

Why a journal: rewriting the whole store at every commit costs time proportional to
the history (all handled mails, all replies), twice per batch, so a year of mail made
every batch slower (measured in BENCHMARKS.md: quadratic). A commit now appends only
what changed, as one line, and fsyncs it; the store folds the journal into a new
snapshot when the journal has grown as large as the snapshot, so the bytes written stay
proportional to the changes and loading reads at most twice the data.

File format (UTF-8 JSON lines)::

    {"inbox-agent-journal": 1, "generation": "<hex>"}     header, names its snapshot
    {"messages": {"<key>": {...record...}, "<key2>": null}, "outbox": {...}}   a commit

A journal belongs to the snapshot whose ``generation`` it names; after a new snapshot
(which contains everything the old journal had) the old journal is ignored, so a crash
between writing the snapshot and replacing the journal loses nothing and applies
nothing twice. A last line without its newline is a commit that was cut off by a crash
before its fsync returned: it was never confirmed and is dropped. A complete line that
is not valid JSON is damage, and the store refuses to open.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 1
Changes = dict[str, dict[str, dict | None]]


class JournalDamaged(ValueError):
    """A complete journal line could not be read (not a crash, but damage)."""


@dataclass
class JournalContents:
    commits: int  # how many commits were applied
    good_size: int  # bytes up to the end of the last complete line
    torn_tail: bool  # a cut-off last line was found (and is to be dropped)


def replay(path: Path, generation: str | None, apply: Callable[..., None],
           loads: Callable[[bytes], Any] = json.loads, *, fd: int | None = None,
           where: bool = False) -> JournalContents | None:
    """Hand each commit of the journal at ``path`` (read through ``fd`` when given: the
    very file the caller holds open) to ``apply``, in order, if the journal belongs to
    ``generation``; None if it does not (or does not exist). With ``where``,
    ``apply(commit, line, offset)`` also gets the line's bytes and where it starts. One
    line at a time: a journal may be as large as the snapshot and is never held in
    memory whole. ``loads`` parses one line (the store passes its fast JSON parser)."""
    try:
        journal = open(path, "rb") if fd is None else os.fdopen(os.dup(fd), "rb")
    except FileNotFoundError:
        return None
    with journal:
        journal.seek(0)
        first = journal.readline()
        if not first.endswith(b"\n"):
            return None  # not even a complete header: a journal that was never started
        try:
            header = json.loads(first)
        except ValueError as exc:
            raise JournalDamaged(f"journal header unreadable: {exc}") from None
        if not isinstance(header, dict) or header.get("generation") != generation:
            return None  # belongs to an older snapshot, which already contains it
        good, applied = len(first), 0
        for number, line in enumerate(journal, start=2):
            if not line.endswith(b"\n"):
                return JournalContents(applied, good, torn_tail=True)
            try:
                commit = loads(line)
            except ValueError as exc:
                raise JournalDamaged(f"journal line {number} unreadable: {exc}") from None
            if not isinstance(commit, dict):
                raise JournalDamaged(f"journal line {number} is not an object")
            if where:
                apply(commit, line, good)
            else:
                apply(commit)
            good += len(line)
            applied += 1
    return JournalContents(applied, good, torn_tail=False)


def line_of(changes: dict[str, dict[str, bytes]], dumps: Callable[[Any], bytes]
            ) -> tuple[bytes, dict[tuple[str, str], tuple[int, int]]]:
    """A commit's journal line from its records' JSON bytes (``b"null"``: a deletion),
    ``{table: {key: bytes}}``, and where each record's bytes are in it: ``{(table,
    key): (start, length)}``. The same line as ``dumps`` of the decoded changes."""
    pieces, places, at = [b"{"], {}, 1
    for t, (table, records) in enumerate(changes.items()):
        head = (b"," if t else b"") + dumps(table) + b":{"
        for r, (key, record) in enumerate(records.items()):
            head += (b"," if r else b"") + dumps(key) + b":"
            at += len(head)
            places[(table, key)] = (at, len(record))
            at += len(record)
            pieces += (head, record)
            head = b""
        pieces.append(head + b"}")
        at += len(head) + 1
    pieces.append(b"}\n")
    return b"".join(pieces), places


def find_records(line: bytes, records: dict[tuple[str, str], bytes],
                 dumps: Callable[[Any], bytes]) -> dict[tuple[str, str], tuple[int, int]]:
    """Where the given records' bytes (``{(table, key): bytes}``, in the line's order)
    are in a journal line another writer made: ``{(table, key): (start, length)}``,
    only for those found exactly as given (a line of an older encoder may differ)."""
    found, cursor = {}, 0
    for (table, key), record in records.items():
        head = dumps(key) + b":"
        at = line.find(head + record, cursor)
        if at < 0:
            continue
        cursor = at + len(head)
        found[(table, key)] = (cursor, len(record))
        cursor += len(record)
    return found


def start(path: Path, generation: str) -> int:
    """Replace the journal by an empty one for ``generation``; returns its size."""
    data = (json.dumps({"inbox-agent-journal": FORMAT, "generation": generation}) + "\n").encode()
    replace_atomically(path, data)
    return len(data)


def replace_atomically(path: Path, data: bytes) -> None:
    """Make ``data`` the content of ``path`` at once: a temporary file beside it (0600,
    as mkstemp makes it), fsync, rename. A crash leaves the old file or the new one,
    never half of either; the temporary file is removed on any error. Raises OSError."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def append(path: Path, line: bytes, size: int, midway: Callable[[], None] = lambda: None) -> int:
    """Append ``line`` at offset ``size`` and fsync; returns the new size.

    ``midway`` is called when half of the line is written (the crash tests' fault point:
    a process killed there leaves a torn last line).

    On failure the file is cut back to ``size`` (when possible) and the error raised:
    the commit is not confirmed, and no half line is left for later commits to follow.
    """
    fd = os.open(path, os.O_WRONLY)
    try:
        try:
            os.lseek(fd, size, os.SEEK_SET)
            half = len(line) // 2
            _write_all(fd, line[:half])
            midway()
            _write_all(fd, line[half:])
            os.fsync(fd)
        except BaseException:
            try:
                os.ftruncate(fd, size)
            except OSError:
                pass  # the caller starts a new snapshot next time anyway
            raise
    finally:
        os.close(fd)
    return size + len(line)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def truncate(path: Path, size: int) -> None:
    """Cut a torn last line off (found when opening the store)."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    finally:
        os.close(fd)
