"""Replies the SMTP server accepted, written down before a commit records them.

The outbox notes a reply the moment the server said 250 (``Store.note_sent``): one
append of its Message-ID to ``<store>.sent``, no fsync. A process killed after that
(SIGKILL, OOM) leaves the line in the page cache, and the next run does not send the
reply again. Only a power cut in the next seconds could lose it; then the Sent folder
is the record (RELIABILITY.md). A commit that records the replies as sent clears the
notes again.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from inbox_agent.errors import StoreError

log = logging.getLogger(__name__)


class SentNotes:
    """The ``.sent`` file beside the store and the Message-IDs it lists (``ids``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ids: set[str] = set()
        # The pipelined poll notes replies in its wire thread while the main thread
        # commits (and clears the notes): one at a time, or a note could be lost.
        self._lock = threading.Lock()

    def read(self) -> None:
        """Load the notes left on disk (by an interrupted run, or another process)."""
        try:
            text = self.path.read_bytes().decode("utf-8", "replace")
        except FileNotFoundError:
            self.ids = set()
            return
        except OSError as exc:
            raise StoreError(f"the file {self.path} cannot be read: {exc.strerror}. "
                             f"It lists replies already sent; make it readable.") from None
        self.ids = {line.strip() for line in text.splitlines() if line.strip()}

    def add(self, message_id: str) -> None:
        """Append ``message_id`` at once (no fsync: see the module's docstring)."""
        with self._lock:
            self._add(message_id)

    def _add(self, message_id: str) -> None:
        self.ids.add(message_id)
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, message_id.encode("utf-8", "replace") + b"\n")
            finally:
                os.close(fd)
        except OSError as exc:
            # The reply has left: failing here would only make it go again. The copy in
            # the Sent folder, filed next, is then the record.
            log.warning("could not note %s as sent in %s: %s", message_id, self.path,
                        exc.strerror or exc)

    def clear(self, recorded: Callable[[str], bool]) -> None:
        """Forget the notes a commit has now ``recorded`` as sent (usually all)."""
        with self._lock:
            self._clear(recorded)

    def _clear(self, recorded: Callable[[str], bool]) -> None:
        if not self.ids:
            return
        left = {mid for mid in self.ids if not recorded(mid)}
        if left == self.ids:
            return
        try:
            if left:  # rare: a reply noted by another process, not yet recorded
                tmp = self.path.with_suffix(".sent.tmp")
                tmp.write_bytes(b"".join(m.encode() + b"\n" for m in sorted(left)))
                os.replace(tmp, self.path)
            else:
                os.truncate(self.path, 0)
        except OSError:
            return  # harmless: a stale note names a reply that is recorded as sent anyway
        self.ids = left
