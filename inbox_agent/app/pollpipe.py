"""The poll's batches in a pipeline: the wire works while the CPU works.

A burst of several batches is handled in three lanes (``pipeline`` calls ``run``):

* the **fetch** lane (a thread with an IMAP connection of its own, read-only in the
  folder) fetches batch k+1 as soon as batch k is in (k+2 and k+3 too while the
  batches ahead are small: ``fetchlane.FETCH_AHEAD``), and hands each to the worker
  process (``readlane``, when the poll has one) to be parsed and classified while the
  main thread decides and composes batch k. A connection lost while fetching ahead
  stops nothing already decided: it is not connection 1, which batch k's Sent check
  and keyword need, and its error is raised when that batch is due, after batch k's
  replies are on the wire (those are recorded first);
* the **main** thread parses, classifies and decides batch k, commits it (commit #1),
  then finishes batch k-1 (records what was sent, sets its done keyword, commit #2)
  and picks and composes the replies of batch k, each handed to the wire as soon as it
  is composed (``Handover``);
* the **wire** lane (a thread) sends those replies over SMTP, the first while the
  last is still composed, and while the main thread goes on with batch k+1; the **copies** lane (a thread) files each sent reply in the
  Sent folder over a second IMAP connection meanwhile, gathered into one MULTIAPPEND
  (one server transaction, i.e. one fsync and one lock of the folder, instead of one
  per reply: ``Copies``). The wire's batch is done when its copies are filed.

The durable order of every mail stays that of ``pipeline``: its decision and planned
reply are committed before the reply is sent; the SMTP server's 250 is noted at once
(``Store.note_sent``, thread-safe), then the copy is filed in Sent; the sent state is
committed and the keyword set only after that (the keyword only on the mails of
batches whose replies went). One batch of replies is on the wire at a time, and the
next batch is picked only after the last one was recorded, so the hourly cap, the bulk
rate and the Sent check see every reply sent before. The store is only ever changed in
the main thread. IMAP connection 1 (Sent check, keyword) is the main thread's (its Sent check reads on
a connection of its own kept in the Sent folder, ``Mailbox.sent_copies``), shared under
a lock with the fetch lane only when that could not open its own; connection 2 is the
copies lane's own.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from inbox_agent.app import collector
from inbox_agent.app.cores import Probe
from inbox_agent.app.fetchlane import Ahead, Fetch, Lane, Serialised
from inbox_agent.app.readlane import ReadLane, Reads
from inbox_agent.app.report import PollReport
from inbox_agent.errors import MailboxError
from inbox_agent.faults import point
from inbox_agent.mail.mailbox import FolderInfo, Mailbox
from inbox_agent.model import RawMessage
from inbox_agent.outbox.deliver import Delivery, Job, Wired, wire
from inbox_agent.outbox.outbox import Sender
from inbox_agent.services import Services

log = logging.getLogger(__name__)

# How long the main thread may hold the GIL while the wire or the fetch lane waits for
# it (Python's default: 5 ms). Each SMTP or IMAP round trip of those lanes ends with
# waiting for the GIL: with the main thread busy, a send took 8.1 ms instead of 1.9 ms
# (4 round trips); with 0.2 ms, 2.5 ms (BENCHMARKS.md, round 5).
SWITCH_SECONDS = 0.0002

# decide(raws, uids, state, reads) -> (state, the UIDs handled): parse, classify, decide,
# stage the folder position and commit #1 (``pipeline._decide_batch``); ``reads``: what
# the worker process parsed and classified of the batch (``readlane``).
Decide = Callable[[list[RawMessage], list[int], dict, Reads], tuple[dict, list[int]]]


# The copies lane gathers the Sent copies into one MULTIAPPEND until this many wait,
# for at most GATHER_SECONDS after the first, or until the wire's batch is done
# (``flush``). Filing each moment's one or two copies at once kept the server busy
# with a transaction per call (252 calls for 509 copies); gathered, 89 calls, and
# `poll --once` of 1,000 mails 3-4 % faster (BENCHMARKS.md, round 16). A copy then
# follows its reply's 250 by at most ~20 ms more (RELIABILITY.md: a power cut's window).
GATHER = 8
GATHER_SECONDS = 0.02


class Copies:
    """The copies lane: the Sent copies of the wire's replies, filed by a thread of its
    own, those that wait gathered into one call (``append_sent_many``, a MULTIAPPEND:
    ``GATHER``). A copy that cannot be filed is logged, as one copy always was: the
    reply went out, and the next run files a copy its note says is missing only when it
    is not there."""

    def __init__(self, folder: Any) -> None:
        self.folder = folder
        self.waiting: list[tuple[bytes, datetime]] = []
        self.unfiled = 0
        self.closing = False
        self.flushing = 0  # callers of ``flush`` waiting: what waits is filed at once
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="inbox-agent-copies", daemon=True)
        self.thread.start()

    def append_sent(self, data: bytes, when: datetime) -> None:
        with self.changed:
            self.waiting.append((data, when))
            self.unfiled += 1
            self.changed.notify_all()

    def sent_contains(self, message_id: str) -> bool:
        return bool(self.folder.sent_contains(message_id))

    def flush(self) -> None:
        """Wait until every copy handed in is filed (or given up)."""
        with self.changed:
            self.flushing += 1
            self.changed.notify_all()
            try:
                self.changed.wait_for(lambda: self.unfiled == 0)
            finally:
                self.flushing -= 1

    def _run(self) -> None:
        while True:
            with self.changed:
                self.changed.wait_for(lambda: self.waiting or self.closing)
                if not self.waiting:
                    return
                self.changed.wait_for(lambda: len(self.waiting) >= GATHER or self.closing
                                      or self.flushing > 0, timeout=GATHER_SECONDS)
                taken, self.waiting = self.waiting, []
            self._file(taken)
            with self.changed:
                self.unfiled -= len(taken)
                self.changed.notify_all()

    def _file(self, taken: list[tuple[bytes, datetime]]) -> None:
        many = getattr(self.folder, "append_sent_many", None)
        try:
            if many is not None:
                return many(taken)
        except Exception as exc:  # all or none: each alone, so one bad copy loses no other
            log.warning("could not file %s copies in the Sent folder at once (%s); one by "
                        "one", len(taken), exc)
        for data, when in taken:
            try:
                self.folder.append_sent(data, when)
            except Exception as exc:  # a missing Sent copy must not cause a resend
                log.warning("could not copy a reply to the Sent folder: %s", exc)

    def close(self) -> None:
        with self.changed:
            self.closing = True
            self.changed.notify_all()
        self.thread.join()


class Wire(Lane):
    """The wire lane: one thread, the SMTP sender; the copies lane with a second IMAP
    connection."""

    def __init__(self, services: Services, sender: Sender, shared: Serialised) -> None:
        super().__init__("wire")
        self.services, self.sender, self.shared = services, sender, shared
        self.copies: Copies | None = None
        self.opened = False

    def submit(self, jobs: Iterable[Job], delivery: Delivery) -> Future:
        return self.pool.submit(self._run, jobs, delivery)

    def _run(self, jobs: Iterable[Job], delivery: Delivery) -> list[Wired]:
        copies = self._sent_folder()
        try:
            return wire(jobs, self.sender, copies, delivery.store, delivery.now)
        finally:
            if copies is not None:
                copies.flush()  # the batch is recorded only after its copies are filed

    def _sent_folder(self) -> Copies | None:
        if self.services.dry_run:
            return None
        if not self.opened:  # in the wire thread: the connection is this thread's own
            self.opened = True
            try:
                box = self.stack.enter_context(self.services.open_mailbox())
            except MailboxError as exc:
                log.warning("a second IMAP connection for the Sent copies could not be "
                            "opened (%s); the copies share the first", exc)
                box = None
            # No second connection (or the same object, as in ``simulate``): share.
            folder = self.shared if box is None or box is self.shared.box else box
            self.copies = Copies(folder)
            self.stack.callback(self.copies.close)  # before the connection closes
        return self.copies


@dataclass
class _InFlight:
    delivery: Delivery
    wired: Future | None
    uids: list[int]


def run(services: Services, box: Mailbox | Serialised, folder: FolderInfo, state: dict,
        batches: list[list[int]], sender: Sender, report: PollReport, decide: Decide,
        progress: Callable[[int], None],
        to_read: Callable[[RawMessage], bool] = lambda raw: True,
        since: Probe | None = None) -> dict:
    """Every batch of ``batches`` through the lanes; the folder state after the last.
    ``progress(n)`` is told the mails of each batch as it is decided; only the mails
    ``to_read`` says are worth it go to the worker (not history, read later); ``since``:
    the machine as the poll began (``cores.probe``), for whether a core is free."""
    shared = box if isinstance(box, Serialised) else Serialised(box)
    with collector.burst():  # the worker, forked here, inherits the collector's setting
        reader = ReadLane.for_burst(services.config, services.rules, len(batches),
                                    since)  # forked before the threads start
        switch = sys.getswitchinterval()
        sys.setswitchinterval(min(switch, SWITCH_SECONDS))  # the lanes' round trips
        try:
            return _lanes(services, shared, folder, state, batches, sender, report, decide,
                          progress, reader, to_read)
        finally:
            sys.setswitchinterval(switch)


def _lanes(services: Services, shared: Serialised, folder: FolderInfo, state: dict,
           batches: list[list[int]], sender: Sender, report: PollReport, decide: Decide,
           progress: Callable[[int], None], reader: ReadLane,
           to_read: Callable[[RawMessage], bool]) -> dict:
    fetcher = Fetch(services, shared, folder)
    lane = Wire(services, sender, shared)
    flying: _InFlight | None = None
    stopped = False  # a temporary SMTP failure: no more sending in this poll
    try:
        def fetched(box: Any, uids: list[int]) -> tuple[list[RawMessage], Reads]:
            raws = box.fetch(folder, uids)
            return raws, reader.submit([r for r in raws if to_read(r)])  # begun at once

        ahead = Ahead(fetcher, fetched, batches)
        for uids in batches:
            raws, reads = ahead.take()
            point("fetched")
            state, done = decide(raws, uids, state, reads)  # ... commit #1
            point("after-commit-1")
            # Each mail's invoices went as it was decided; these are the replies planned
            # beside a decision (a staff command's by mail), each sent once in a poll.
            reader.render_ahead(services.store, (
                e.get("context") or {} for e in services.outbox.pending(
                    services.store, services.clock.now())))
            if flying is not None:
                stopped = _finish(services, shared, state, flying, report) or stopped
                flying = None
            flying = _start(services, shared, sender, lane, done, stopped)
            progress(len(uids))
        if flying is not None:
            _finish(services, shared, state, flying, report)
            flying = None
    except MailboxError:
        if flying is not None:  # the replies on the wire are recorded before giving up
            _finish(services, shared, state, flying, report)
        raise
    finally:
        fetcher.close()
        lane.close()
        reader.close()
    return state


def _start(services: Services, shared: Serialised, sender: Sender, lane: Wire,
           done: list[int], stopped: bool) -> _InFlight:
    """Pick and compose the due replies (main thread) and put them on the wire."""
    now = services.clock.now()
    sent_folder = None if services.dry_run else shared
    delivery = services.outbox.delivery(services.store, sender, sent_folder, now)
    if stopped:
        return _InFlight(delivery, None, done)
    handover = Handover()  # each reply to the wire as soon as it is composed
    wired = None
    try:
        for job in delivery.pick(services.outbox.pending(services.store, now)):
            handover.put(job)
            if wired is None:
                wired = lane.submit(handover, delivery)
    finally:
        handover.close()  # the wire ends with the last one (also when compose failed)
    return _InFlight(delivery, wired, done)


class Handover:
    """The jobs of a batch from the main thread to the wire, in order, as they are
    composed: the first reply is on its way while the last is composed."""

    def __init__(self) -> None:
        self.queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()

    def put(self, job: Job) -> None:
        self.queue.put(job)

    def close(self) -> None:
        self.queue.put(None)

    def __iter__(self) -> Iterator[Job]:
        while (job := self.queue.get()) is not None:
            yield job


def _finish(services: Services, shared: Serialised, state: dict, flying: _InFlight,
            report: PollReport) -> bool:
    """Record a batch's replies, set its mails' keyword, commit #2. True if the SMTP
    server had temporary trouble (the rest waits for the next poll)."""
    went = flying.delivery.record(flying.wired.result()) if flying.wired is not None else True
    report.merge(flying.delivery.finish())
    flag_done(services, shared, state, flying.uids)
    services.store.commit()  # commit #2 of that batch
    point("after-commit-2")
    return not went


def flag_done(services: Services, box: Serialised | Mailbox, state: dict,
              uids: list[int] | None = None) -> None:
    """The done keyword on ``uids`` (their replies went; None: every unflagged mail of
    the folder); the rest stay unflagged."""
    pending = set(state.get("unflagged") or [])
    ours = sorted(pending if uids is None else pending & set(uids))
    if not ours or services.dry_run:
        return
    point("before-flag")
    try:
        box.mark_done(ours)
    except MailboxError as exc:  # keywords are a convenience; the store is the record
        log.warning("could not set the done keyword: %s", exc)
        return
    point("after-flag")
    state["unflagged"] = sorted(pending - set(ours))
    services.store.put("folders", state)


__all__ = ["run", "Copies", "Serialised", "Wire"]
