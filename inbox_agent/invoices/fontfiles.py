"""Where the invoice font's cuts are kept as files for fpdf2 (which reads fonts from
files only; the cuts themselves are ``pdf``'s), and the Factur-X XMP packet
(``zugferd``) beside them, in ``<cache>/facturx-<tag>``.

A cut is kept in ``<cache>/fonts-<tag>`` beside the store (``files.use_cache``), named
by the font file and the ranges, with its characters beside it: every later process
and a burst's worker take it from there instead of cutting the font again (~0.09 s a
process). The tag holds what else shapes a cut (fontTools' version, the cut's
options). A folder that is not this user's own is not used, as the templates' cache.
Without a cache (a dry run, a test) a cut goes into a private temporary folder that
is removed when the process that made it ends.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from multiprocessing.util import Finalize
from pathlib import Path

from inbox_agent.places import private_folder

log = logging.getLogger(__name__)


def cache_folder(cache: Path | None, tag: str, kind: str = "fonts") -> Path | None:
    """``cache/<kind>-<tag>``, made if need be; None where there is no cache or the
    folder is not this user's own (another user could put a font there)."""
    if cache is None:
        return None
    return private_folder(Path(cache) / f"{kind}-{tag}",
                          "what every invoice needs is made afresh in each process")


def kept(folder: Path, name: str) -> tuple[Path, frozenset[int]] | None:
    """A cut kept by an earlier process: its file and its characters (written after the
    file, so a file is whole when its characters are there)."""
    path = folder / f"{name}.ttf"
    try:
        chars = frozenset(int(c) for c in (folder / f"{name}.chars").read_text("ascii").split())
    except (OSError, ValueError):
        return None
    return (path, chars) if chars and path.is_file() else None


def keep(folder: Path, name: str, data: bytes, chars: frozenset[int]) -> Path | None:
    path = folder / f"{name}.ttf"
    try:
        _replace(path, data)
        _replace(folder / f"{name}.chars", " ".join(map(str, sorted(chars))).encode("ascii"))
    except OSError as exc:
        log.debug("invoice font: the cut was not kept in %s (%s)", folder, exc)
        return None
    return path


def kept_text(folder: Path, name: str) -> str | None:
    """The text kept as ``name`` by an earlier process (``keep_text``), or None."""
    try:
        text = (folder / f"{name}.txt").read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def keep_text(folder: Path, name: str, text: str) -> None:
    try:
        _replace(folder / f"{name}.txt", text.encode("utf-8"))
    except OSError as exc:
        log.debug("%s was not kept in %s (%s)", name, folder, exc)


def _replace(path: Path, data: bytes) -> None:
    """``data`` written to ``path`` at once (another process may read it meanwhile)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def temporary(data: bytes) -> Path | None:
    try:
        folder = Path(tempfile.mkdtemp(prefix="inbox-agent-font-"))
        written = folder / "body.ttf"
        written.write_bytes(data)
    except OSError as exc:
        log.warning("invoice font: no temporary file (%s); using the whole font", exc)
        return None
    # Removed at the exit of this process only, also of a burst's worker process, which
    # ends without the exit handlers of ``atexit`` (multiprocessing runs its own).
    Finalize(None, shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
             exitpriority=0)
    return written
