"""The snapshot file: the whole store, read at open and written anew, atomically,
when the journal has grown as large as it (``Store._write_snapshot``).

Written to a temporary file, fsynced, then renamed over the old one and the folder
fsynced: a crash at any point leaves the last confirmed snapshot readable. The one
before it is kept as ``<name>.bak`` (a hard link, renamed atomically), the copy a human
falls back to when a file is damaged. The JSON itself is turned into bytes and back by
the store (its fast parser); this module does the file work and the layout: a record a
line (``layout``), so that ``load`` reads the tables a record at a time and the whole
store never exists as one tree of Python objects (10-20x the file: opening the store
of 2,000 mails took 41 MB, now 9 MB; BENCHMARKS.md). Any JSON reader reads the file
as before.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from inbox_agent.errors import StoreError
from inbox_agent.store.journal import replace_atomically


def backup_path(path: Path) -> Path:
    """Where the snapshot before the current one is kept."""
    return path.with_name(path.name + ".bak")


def load(path: Path, loads: Callable[[bytes], Any], tables: Collection[str] = (),
         *, fd: int | None = None,
         on_disk: Callable[[str, int, int], int | None] | None = None) -> dict | None:
    """The snapshot at ``path`` (read through ``fd`` when given: the very file the
    caller holds open) parsed with ``loads``; None if there is none yet. In the line
    layout the records of ``tables`` stay JSON bytes (the caller decodes them), or
    become what ``on_disk(table, offset, length)`` makes of where their bytes lie,
    unless it returns None; any other file is parsed whole. A damaged file is
    refused (and left untouched) with the way back in the message."""
    if fd is None and not path.exists():
        return None
    try:
        with (open(path, "rb") if fd is None else os.fdopen(os.dup(fd), "rb")) as file:
            file.seek(0)
            data = _by_lines(file, loads, tables, on_disk)
            if data is None:
                file.seek(0)
                data = loads(file.read())
        if not isinstance(data, dict):
            raise ValueError("the top level is not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged(path, exc) from None
    except OSError as exc:
        raise StoreError(f"the store file {path} cannot be read: {exc}") from None
    return data


def damaged(path: Path, exc: Exception) -> StoreError:
    """The error for a snapshot that cannot be read, with the way back."""
    backup = backup_path(path)
    hint = (
        f"The previous good copy is {backup}: check it, then copy it over the "
        f"damaged file to continue from there."
        if backup.exists()
        else "No previous copy exists; move the damaged file away to start empty."
    )
    return StoreError(f"the store file {path} is damaged and was not touched ({exc}). {hint}")


_TABLE = re.compile(rb'"([a-z_]+)":\{')
_RECORD = re.compile(rb'"(\d+)":(\{.*\}),?')


def layout(data: dict, tables: Collection[str], dumps: Callable[[Any], bytes],
           resolve: Callable[[Any], bytes] = lambda record: record,
           placed: Callable[[str, int, int, int], None] | None = None) -> Iterator[bytes]:
    """``data`` as JSON in pieces, each record of ``tables`` (held as JSON bytes, or
    what ``resolve`` turns into them) on a line of its own; every other entry of the
    top level on one line. In pieces, so that writing a snapshot never holds a second
    copy of the whole store. ``placed(table, doc_id, offset, length)`` learns where
    each record's bytes are in the output."""
    at = 0
    for n, (name, table) in enumerate(data.items()):
        piece = (b",\n" if n else b"{\n") + dumps(name)
        if name not in tables:
            piece += b":" + dumps(table)
            at += len(piece)
            yield piece
            continue
        piece += b":{\n"
        for i, (doc_id, record) in enumerate(table.items()):
            piece += b'%s"%s":' % (b",\n" if i else b"", str(doc_id).encode())
            record = resolve(record)
            at += len(piece)
            if placed is not None:
                placed(name, doc_id, at, len(record))
            at += len(record)
            yield piece + record
            piece = b""
        piece += b"\n}"
        at += len(piece)
        yield piece
    yield b"\n}\n" if data else b"{\n\n}\n"


def _by_lines(lines: Any, loads: Callable[[bytes], Any], tables: Collection[str],
              on_disk: Callable[[str, int, int], int | None] | None) -> dict | None:
    """A file in ``layout``'s form, the records of ``tables`` as bytes of their own
    (or their places, see ``load``); None when it is not in that form (an older
    snapshot: parsed whole)."""
    first = lines.readline()
    if not tables or first != b"{\n":
        return None
    data: dict = {}
    table: dict | None = None
    name = ""
    at = len(first)
    for line in lines:
        start, at = at, at + len(line)
        line = line.rstrip(b"\n")
        if table is not None:
            found = _RECORD.fullmatch(line)
            if found:
                where = None if on_disk is None else on_disk(
                    name, start + found.start(2), found.end(2) - found.start(2))
                table[int(found.group(1))] = found.group(2) if where is None else where
            elif line in (b"}", b"},"):
                table = None
            elif line:
                return None
        elif line == b"}":
            return data
        elif (found := _TABLE.fullmatch(line)) and found.group(1).decode() in tables:
            name = found.group(1).decode()
            table = data[name] = {}
        else:
            try:
                data.update(loads(b"{" + line.removesuffix(b",") + b"}"))
            except ValueError:
                return None
    return None


def remove_stale_temp_files(path: Path) -> None:
    """Delete snapshot files a killed process left half-written (each as large as the
    store). Only called while this process holds the lock, so none is in use."""
    for stale in path.parent.glob(path.name + ".*.tmp*"):
        try:
            stale.unlink()
        except OSError:  # not ours to remove, or gone already: harmless either way
            pass


def write(path: Path, pieces: Iterable[bytes], *, midway: Callable[[], None],
          replaced: Callable[[], None]) -> int:
    """Make the bytes of ``pieces`` the snapshot at ``path``, atomically, keeping the old
    one as ``.bak``; returns its size. ``midway`` is called once the new file is
    fsynced, before the rename (the crash tests' fault point); ``replaced`` right after
    the rename. Raises OSError."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=folder)
    try:
        # mkstemp creates the file 0600: attendees' data is readable by its owner only.
        size = 0
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            for piece in pieces:
                size += out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        midway()
        if path.exists():
            # Keep the last good file: hard link, then atomic rename over .bak.
            link = tmp + ".bak"
            os.link(path, link)
            os.replace(link, backup_path(path))
        os.replace(tmp, path)
        replaced()
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return size


def write_copy(path: Path, text: bytes) -> None:
    """Write ``text`` to ``path`` as a copy of the store (a backup before a migration):
    temporary file, fsync, rename; an existing copy is left as it is. Raises OSError."""
    if path.exists():
        return  # the first copy is the one from before: never overwrite it
    replace_atomically(path, text)
