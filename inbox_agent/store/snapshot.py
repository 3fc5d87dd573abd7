"""The snapshot file: the whole store, read at open and written anew, atomically,
when the journal has grown as large as it (``Store._write_snapshot``).

Written to a temporary file, fsynced, then renamed over the old one and the folder
fsynced: a crash at any point leaves the last confirmed snapshot readable. The one
before it is kept as ``<name>.bak`` (a hard link, renamed atomically), the copy a human
falls back to when a file is damaged. The JSON itself is turned into bytes and back by
the store (its fast parser), so this module does file work only.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inbox_agent.errors import StoreError
from inbox_agent.store.journal import replace_atomically


def backup_path(path: Path) -> Path:
    """Where the snapshot before the current one is kept."""
    return path.with_name(path.name + ".bak")


def load(path: Path, loads: Callable[[bytes], Any]) -> dict | None:
    """The snapshot at ``path`` parsed with ``loads``; None if there is none yet.
    A damaged file is refused (and left untouched) with the way back in the message."""
    if not path.exists():
        return None
    try:
        data = loads(path.read_bytes())
        if not isinstance(data, dict):
            raise ValueError("the top level is not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        backup = backup_path(path)
        hint = (
            f"The previous good copy is {backup}: check it, then copy it over the "
            f"damaged file to continue from there."
            if backup.exists()
            else "No previous copy exists; move the damaged file away to start empty."
        )
        raise StoreError(
            f"the store file {path} is damaged and was not touched ({exc}). {hint}"
        ) from None
    except OSError as exc:
        raise StoreError(f"the store file {path} cannot be read: {exc}") from None
    return data


def remove_stale_temp_files(path: Path) -> None:
    """Delete snapshot files a killed process left half-written (each as large as the
    store). Only called while this process holds the lock, so none is in use."""
    for stale in path.parent.glob(path.name + ".*.tmp*"):
        try:
            stale.unlink()
        except OSError:  # not ours to remove, or gone already: harmless either way
            pass


def write(path: Path, text: bytes, *, midway: Callable[[], None],
          replaced: Callable[[], None]) -> None:
    """Make ``text`` the snapshot at ``path``, atomically, keeping the old one as
    ``.bak``. ``midway`` is called once the new file is fsynced, before the rename (the
    crash tests' fault point); ``replaced`` right after the rename. Raises OSError."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=folder)
    try:
        # mkstemp creates the file 0600: attendees' data is readable by its owner only.
        with os.fdopen(fd, "wb") as out:
            out.write(text)
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


def write_copy(path: Path, text: bytes) -> None:
    """Write ``text`` to ``path`` as a copy of the store (a backup before a migration):
    temporary file, fsync, rename; an existing copy is left as it is. Raises OSError."""
    if path.exists():
        return  # the first copy is the one from before: never overwrite it
    replace_atomically(path, text)
