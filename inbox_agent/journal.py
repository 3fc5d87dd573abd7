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
from typing import Any
from pathlib import Path

FORMAT = 1
Changes = dict[str, dict[str, dict | None]]


class JournalDamaged(ValueError):
    """A complete journal line could not be read (not a crash, but damage)."""


@dataclass
class JournalContents:
    commits: list[Changes]
    good_size: int  # bytes up to the end of the last complete line
    torn_tail: bool  # a cut-off last line was found (and is to be dropped)


def read(path: Path, generation: str | None,
         loads: Callable[[bytes], Any] = json.loads) -> JournalContents | None:
    """The commits of the journal at ``path`` if it belongs to ``generation``, else None.
    ``loads`` parses one line (the store passes its fast JSON parser)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    end = raw.rfind(b"\n") + 1
    lines = raw[:end].splitlines()
    if not lines:
        return None  # not even a complete header: a journal that was never started
    try:
        header = json.loads(lines[0])
    except ValueError as exc:
        raise JournalDamaged(f"journal header unreadable: {exc}") from None
    if not isinstance(header, dict) or header.get("generation") != generation:
        return None  # belongs to an older snapshot, which already contains it
    commits: list[Changes] = []
    for number, line in enumerate(lines[1:], start=2):
        try:
            commit = loads(line)
        except ValueError as exc:
            raise JournalDamaged(f"journal line {number} unreadable: {exc}") from None
        if not isinstance(commit, dict):
            raise JournalDamaged(f"journal line {number} is not an object")
        commits.append(commit)
    return JournalContents(commits, end, torn_tail=end < len(raw))


def start(path: Path, generation: str) -> int:
    """Replace the journal by an empty one for ``generation``; returns its size."""
    data = (json.dumps({"inbox-agent-journal": FORMAT, "generation": generation}) + "\n").encode()
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
    return len(data)


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
