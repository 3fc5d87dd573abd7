"""Between scheduled polls: wait for new mail in IMAP IDLE, where the server offers it.

The daemon's poll job (``inbox-agent run``) is ``Watcher.run``: it polls, then waits in
IDLE on a second IMAP connection and polls again the moment new mail arrives, until
the next scheduled poll is due or the daemon is stopped. So a pre-registration is
answered within seconds, and the scheduled poll every ``[schedule] poll_seconds``
stays the safety net. Without IDLE (the server does not offer it, or ``[imap] idle =
false``), or when the IDLE connection breaks, the job polls and returns, and the
schedule polls every ``poll_seconds`` as before.

The wait holds nothing but its own IMAP connection: each poll takes the store for
itself, so the staff commands work while the daemon waits. Nothing here imports an
external library (the IMAP work is ``mailbox``'s).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from inbox_agent.errors import MailboxError
from inbox_agent.mail.mailbox import IDLE_RENEW_SECONDS, Mailbox

log = logging.getLogger(__name__)


@dataclass
class Watcher:
    """Polls, and waits in IDLE for the next new mail. One per daemon."""

    open_mailbox: Callable[[], AbstractContextManager[Mailbox]]
    folder: str
    poll: Callable[[], object]  # True: poll again at once (see ``_poll``)
    stop: threading.Event = field(default_factory=threading.Event)
    idle: bool = True  # [imap] idle
    renew_seconds: float = IDLE_RENEW_SECONDS
    polls: int = 0  # how many polls ran (for logs and tests)
    _told_no_idle: bool = False

    def run(self, seconds: float) -> None:
        """Poll now; with IDLE, wait and poll on every new mail until ``seconds`` have
        passed (the next scheduled poll) or ``stop`` is set. Errors of a poll leave as
        they are (the scheduler logs them and polls again at its next run)."""
        deadline = time.monotonic() + seconds
        if not self.idle:
            self._poll()
            return
        with self.open_mailbox() as box:
            if not box.supports_idle():
                if not self._told_no_idle:
                    log.info("the IMAP server does not offer IDLE: new mail is read at each "
                             "scheduled poll")
                    self._told_no_idle = True
                self._poll()
                return
            box.watch(self.folder)  # first: mail arriving during the poll is reported
            more = self._poll()
            while not self.stop.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                if more:  # work left over (old mail still being read): no wait
                    more = self._poll()
                    continue
                log.debug("waiting for new mail (IMAP IDLE, up to %.0f s)", left)
                try:
                    new_mail = box.wait_for_mail(left, stop=self.stop,
                                                 renew_seconds=self.renew_seconds)
                except MailboxError as exc:
                    log.warning("waiting for new mail in IMAP IDLE failed (%s): polling now, "
                                "then at the scheduled times; IDLE is tried again at the next "
                                "scheduled poll", exc)
                    self._poll()
                    self.stop.wait(max(deadline - time.monotonic(), 0))
                    return
                if new_mail:
                    log.info("new mail reported by the IMAP server (IDLE): polling now")
                    more = self._poll()

    def _poll(self) -> bool:
        """One poll; True if it says to poll again at once (``poll`` returns True while
        it has work left that it did a part of, e.g. adopted history still to be read)."""
        self.polls += 1
        return self.poll() is True
