"""Fault injection for the crash tests: die at a named point, on purpose.

The crash tests (``tests/test_crash_kill.py``) must kill the daemon at precise moments
(between the store write and the SMTP send, between the SMTP server's "250" and the
copy in the Sent folder, ...), not only at random ones. Setting

    INBOX_AGENT_FAULT="after-commit-1:3"          (or several: "before-smtp:2,store-write:1")

makes the process send itself SIGKILL the 3rd time it reaches the point
``after-commit-1``: no ``finally`` block, no atexit, no flush runs, exactly as when
the machine loses power or the OOM killer strikes (only the page cache survives).

Without the variable ``point`` is a function that does nothing, so production code
pays one call per point. The variable is read once, when this module is imported.

One window no program can close: between the SMTP server's "250" and the note of it
(``Store.note_sent``), a few microseconds in which a power cut sends that reply again
on the next run (SMTP has no two-phase commit). ``unkillable()`` marks it; armed, a kill
at a point in another thread of the process (the pipelined poll's main thread) waits
until that window is passed, so the crash tests check the durable order everywhere
else instead of hitting it at random under load. Unarmed it is a shared no-op.

The points, in the order one mail passes them (see ``pipeline`` and ``outbox``):

==================  ==================================================================
``repair``          start of a poll, before unfinished replies are reconciled
``fetched``         a batch was fetched from IMAP, nothing decided yet
``store-write``     the new store file is written and fsynced, not yet renamed in place
``after-commit-1``  decisions and planned replies are durable, nothing sent
``before-smtp``     a reply is composed, the SMTP transaction not begun
``after-smtp``      the SMTP server accepted the reply and the store noted it
                    (``<store>.sent``); the Sent copy is not filed yet
``after-sent-copy`` the copy is in the Sent folder, its "sent" state not yet stored
``before-flag``     the done keyword is about to be set on the handled mails
``after-flag``      the keyword is set, the store does not know it yet
``after-commit-2``  the batch is complete
``read-worker``     the worker process of a burst (``app.readlane``) is about to read
                    a mail (kills the worker only: its mails are read in the poll)
==================  ==================================================================
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from typing import ContextManager

ENV = "INBOX_AGENT_FAULT"

POINTS = (
    "repair", "fetched", "store-write", "after-commit-1", "before-smtp", "after-smtp",
    "after-sent-copy", "before-flag", "after-flag", "after-commit-2",
)
# Points that kill a helper process of the poll, never the poll itself.
WORKER_POINTS = ("read-worker",)


def parse(spec: str) -> dict[str, int]:
    """``"a:3,b:1"`` -> ``{"a": 3, "b": 1}``; an unknown point or count is an error, so a
    typo in a test cannot silently inject nothing."""
    wanted: dict[str, int] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, count = item.partition(":")
        if name not in POINTS + WORKER_POINTS:
            raise ValueError(f"{ENV}: unknown fault point {name!r} "
                             f"(known: {', '.join(POINTS + WORKER_POINTS)})")
        try:
            hits = int(count or "1")
        except ValueError:
            raise ValueError(f"{ENV}: {item!r}: the count after ':' must be a whole number") from None
        if hits < 1:
            raise ValueError(f"{ENV}: {item!r}: the count must be at least 1")
        wanted[name] = hits
    return wanted


_wanted = parse(os.environ.get(ENV, ""))
_seen: dict[str, int] = {}


_window = threading.RLock()
_NOTHING = contextlib.nullcontext()


def _armed_point(name: str) -> None:
    if name not in _wanted:
        return
    _seen[name] = _seen.get(name, 0) + 1
    if _seen[name] == _wanted[name]:
        if name in WORKER_POINTS:  # a forked worker: no wire thread, no window
            os.kill(os.getpid(), signal.SIGKILL)
        with _window:  # not inside another thread's unkillable window
            os.kill(os.getpid(), signal.SIGKILL)


def unkillable() -> ContextManager[object]:
    """The 250-to-note window (see above): armed, a lock kills wait for; else a no-op."""
    return _window if _wanted else _NOTHING


def _no_point(name: str) -> None:
    """Production: nothing is armed."""


point = _armed_point if _wanted else _no_point
