"""Where the log lines go: stderr, as a terminal or cron reads them (with our own time
stamps), or, under systemd, as the journal reads them.

systemd sets ``JOURNAL_STREAM`` to the device and inode of the stream it connected to
stderr (systemd.exec(5)). When stderr is still that stream, each line starts with its
syslog priority (``<3>`` error, ``<4>`` warning, ``<6>`` info, ``<7>`` debug) so that
``journalctl -p warning`` finds the warnings, and carries no time stamp of ours (the
journal keeps its own). A child whose stderr was redirected elsewhere inherits the
variable but not the stream, and logs as on a terminal.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import TextIO

TERMINAL_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JOURNAL_FORMAT = "%(levelname)s %(name)s: %(message)s"

# syslog(3) priorities of the logging levels (sd-daemon(3) prefixes).
PRIORITIES = ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4),
              (logging.INFO, 6))


def priority(levelno: int) -> int:
    """The syslog priority of a logging level (debug, 7, for anything below info)."""
    return next((p for level, p in PRIORITIES if levelno >= level), 7)


class JournalFormatter(logging.Formatter):
    """Every line of a record (a traceback too) with the record's ``<priority>``."""

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{priority(record.levelno)}>"
        return "\n".join(prefix + line for line in super().format(record).splitlines())


def to_journal(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """True when ``stream`` is the journal stream systemd named in ``JOURNAL_STREAM``."""
    value = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    try:
        stat = os.fstat(stream.fileno())
        return (int(device), int(inode)) == (stat.st_dev, stat.st_ino)
    except (ValueError, OSError, AttributeError):  # unset, malformed, or no real file
        return False


def configure(verbose: int) -> None:
    """Log warnings and worse (``-v`` info, ``-vv`` debug) to stderr, as the journal or
    as a terminal reads them."""
    root = logging.getLogger()
    if root.handlers:  # as logging.basicConfig: a caller's own logging setup is kept
        return
    handler = logging.StreamHandler(sys.stderr)
    if to_journal(sys.stderr):
        handler.setFormatter(JournalFormatter(JOURNAL_FORMAT))
    else:
        handler.setFormatter(logging.Formatter(TERMINAL_FORMAT))
    root.addHandler(handler)
    root.setLevel(max(logging.WARNING - 10 * verbose, logging.DEBUG))
