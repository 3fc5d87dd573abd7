"""The fetch lane of a burst (``pollpipe``): a thread with an IMAP connection of its
own, read-only in the poll's folder, that fetches the batches ahead of the one the main
thread decides (``Fetch``), and how far ahead it goes (``Ahead``); ``Serialised``, the
poll's first connection shared under a lock where the lane cannot open its own; and
``Lane``, a lane's thread and what it opens, which the wire lane is too."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from typing import Any

from inbox_agent.app.readlane import Reads
from inbox_agent.errors import MailboxError
from inbox_agent.mail.mailbox import FolderInfo
from inbox_agent.model import RawMessage
from inbox_agent.services import Services

log = logging.getLogger(__name__)

# Batches fetched ahead of the one decided, and so handed to the worker to read: one at
# least; up to ``FETCH_AHEAD`` while the ones ahead hold at most ``AHEAD_BYTES``
# (``Ahead``). With one, the worker ran out of mail whenever it was faster than the
# main thread's decide and compose of a batch, and the main thread read the next batch
# itself meanwhile, slower beside its own threads: 3 ahead took 3 % off a burst of
# 1,000 mails (BENCHMARKS.md, round 13). Large mails keep to one batch ahead.
FETCH_AHEAD = 3
AHEAD_BYTES = 16 * 1024 * 1024


class Serialised:
    """A mailbox used by two threads, one call at a time (the poll wraps its connection
    in it from the start: the adoption and the repair hold it too)."""

    def __init__(self, box: Any) -> None:
        self.box = box
        self.lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.box, name)
        if not callable(attr):
            return attr

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self.lock:
                return attr(*args, **kwargs)

        return locked


class Lane:
    """A lane of the pipeline: one thread, and what it opens (its connections) kept in
    ``stack``, closed in that same thread by ``close``."""

    def __init__(self, name: str) -> None:
        self.pool = ThreadPoolExecutor(1, thread_name_prefix=f"inbox-agent-{name}")
        self.stack = ExitStack()

    def close(self) -> None:
        try:
            self.pool.submit(self.stack.close).result()
        finally:
            self.pool.shutdown(wait=True)


class Fetch(Lane):
    """The fetch lane: one thread and an IMAP connection of its own, opened at the first
    fetch and read-only in the poll's folder (connection 1 when none can be had)."""

    def __init__(self, services: Services, shared: Serialised, folder: FolderInfo) -> None:
        super().__init__("fetch")
        self.services, self.shared, self.folder = services, shared, folder
        self.box: Any = None

    def submit(self, call: Callable[[Any, list[int]], Any], uids: list[int]) -> Future:
        return self.pool.submit(lambda: call(self._box(), uids))

    def _box(self) -> Any:
        if self.box is None:  # in the fetch thread: the connection is this thread's own
            try:
                box = self.stack.enter_context(self.services.open_mailbox())
                if box is not self.shared.box:  # ``simulate`` hands out the same object
                    info = box.select(self.folder.name, readonly=True)
                    if info.uidvalidity != self.folder.uidvalidity:
                        raise MailboxError(f"{self.folder.name} was recreated meanwhile")
            except MailboxError as exc:
                log.warning("a connection of its own for fetching ahead could not be "
                            "opened (%s); the fetches share the first", exc)
                box = None
            self.box = self.shared if box is None or box is self.shared.box else box
        return self.box


class Ahead:
    """The fetch lane's futures of the batches ahead of the one decided, in order: the
    next one always; up to ``FETCH_AHEAD`` while those ahead hold ``AHEAD_BYTES`` at
    most, a batch on the way counted as the largest fetched so far (none is counted
    before the first is in: one ahead)."""

    def __init__(self, fetcher: Any, fetched: Callable[[Any, list[int]], Any],
                 batches: list[list[int]]) -> None:
        self.fetcher, self.fetched, self.batches = fetcher, fetched, batches
        self.futures: deque[Future] = deque()
        self.asked = 0  # batches handed to the fetch lane
        self.largest: int | None = None  # bytes of the largest batch fetched

    def take(self) -> tuple[list[RawMessage], Reads]:
        """The next batch's mails and reads (its fetch's error raised here)."""
        self._top_up()
        raws, reads = self.futures.popleft().result()
        self.largest = max(self.largest or 0, _bytes(raws))
        self._top_up()
        return raws, reads

    def _top_up(self) -> None:
        while self.asked < len(self.batches) and (not self.futures or (
                len(self.futures) < FETCH_AHEAD and self._ahead() <= AHEAD_BYTES)):
            self.futures.append(self.fetcher.submit(self.fetched, self.batches[self.asked]))
            self.asked += 1

    def _ahead(self) -> float:
        """The bytes ahead with one more batch; infinite before the first batch is in
        and after a fetch failed (its error is raised when its batch is due)."""
        if self.largest is None:
            return float("inf")
        total = self.largest  # the one that would be asked for
        for future in self.futures:
            if not future.done():
                total += self.largest
            elif future.cancelled() or future.exception() is not None:
                return float("inf")
            else:
                total += _bytes(future.result()[0])
        return total


def _bytes(raws: list[RawMessage]) -> int:
    return sum(len(raw.data) for raw in raws)
