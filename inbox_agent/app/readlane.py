"""Parse + classify on the second core: a worker process for the mails of a large burst.

``parse_bytes`` and ``classify`` are pure: raw bytes and the rules in, a ``Mail`` and a
``Verdict`` out (frozen values that pickle). In a burst of more than ``MIN_BATCHES``
batches, ``pollpipe`` starts one worker process for the poll (forked, so it has the
rules, the configuration and the hash seed of the poll itself: results are those of
the poll's own process) and hands it each batch as soon as it is fetched, while the
main thread still decides and composes the batch before, in chunks of a few mails, in
order. The main thread goes through the batch from the first mail, in order, as before:
a mail whose chunk the worker has done is decided with the worker's ``Mail`` and
``Verdict``; a chunk the worker is on is waited for, and meanwhile the main thread
claims and reads the chunks after it that the worker has not begun (so neither core
waits for the other); a chunk it has not begun is *claimed* by the main thread and
read there (the worker skips a claimed chunk). Each
chunk has a claim in memory both processes share (``_Claims``): whoever takes it first
reads it, so no mail is read twice and neither side waits for work the other has not
begun. Nothing is decided in another order, and the decisions, the commits and the
wire stay in the main process (``pipeline``, ``pollpipe``).

The invoices of a batch's planned replies are rendered there too, each as soon as its
mail is decided (``Reads.render_ahead``, each invoice once in a poll): their PDFs are
what compose spends most on. The reads wait in a ``poolfeed.Feed``, which gives the
worker ``AHEAD`` chunks at a time, so an invoice overtakes the next batch's reads
instead of waiting behind them. Invoices are claimed the same way as chunks: one the
worker has not begun when its mail is composed is rendered in the main thread, where
the poll's process has the renderers (the daemon's). ``poll --once`` has not imported
them (~0.35 s before its first mail; its peak memory 30-40 MB lower): there every
invoice is the worker's, and the main thread reads the next batch while it waits for
one. Compose takes a PDF rendered ahead only for the very record it was rendered from
(the same bytes: rendering is deterministic), else renders it as before.

A mail the worker cannot read (an exception) comes back as ``None`` and is read in
the main thread, where its failure is recorded as it always was. A worker that dies
(killed, out of memory, a mail that crashes it) breaks the pool: every chunk not yet
back is read in the main thread, and the rest of the poll runs without the worker
(a warning in the log). No mail is lost or read twice into the store: the worker
only ever returns values, it never touches the store, the mailbox or the wire.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from inbox_agent.app.cores import Probe, spare_core
from inbox_agent.app.poolfeed import Feed
from inbox_agent.config import Config
from inbox_agent.faults import point
from inbox_agent.invoices import files, issue
from inbox_agent.invoices.record import Invoice
from inbox_agent.mail import charset
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Mail, PlannedMail, RawMessage, Verdict
from inbox_agent.store.db import Store
from inbox_agent.understanding import pdfform
from inbox_agent.understanding.classify import classify
from inbox_agent.understanding.ruleset import RuleSet

log = logging.getLogger(__name__)

MIN_BATCHES = 3  # a burst of more batches than 2 pays for the worker (fork ~10 ms)
# Mails per task: small enough to share a batch, large enough to pay: each task costs
# the poll's process ~0.5 ms in the pool's own threads (the call queue's feeder, the
# result handler: pipes, wake-ups, the GIL), beside unpickling its results (~0.05 ms a
# mail); 8 a task took 40 % off that (BENCHMARKS.md, round 8).
CHUNK = 8
# How long the poll waits for a chunk the worker is on (8 mails: ~40 ms on a free core)
# before it reads them itself as well: only a worker that stopped (not yet noticed as
# dead) or a machine that gives it no CPU at all waits that long.
WAIT_SECONDS = 5.0
# Chunks in the worker's queue at once (``poolfeed``): an invoice the poll is about to
# compose waits behind at most these (~25 ms each), not behind a whole batch of reads.
AHEAD = 2
RING = 4096  # claims in the ring: far more than the chunks and invoices ever in flight
FREE, WORKER, MAIN = 0, 1, 2
LOCK_SECONDS = 1.0  # the claims' lock is held for microseconds; longer: its holder died

Read = tuple[Mail, Verdict]

# The worker's own: set once by ``_start`` (the rules are not sent with each task).
_RULES: RuleSet | None = None
_OWN: tuple[str, ...] = ()
_DOMAIN = ""
_CONFIG: Config | None = None
_CLAIMS: "_Claims | None" = None


class _Claims:
    """Who does a piece of work (a chunk of mails, an invoice): a byte per piece in
    memory shared by the poll and its worker, taken under a lock shared the same way.
    Made before the fork, so the worker inherits it."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self.lock = context.Lock()
        self.slots = context.RawArray("B", RING)
        self.next = 0

    def new(self) -> int:
        """A free slot for the next piece (main process only)."""
        slot = self.next % RING
        self.next += 1
        self.slots[slot] = FREE
        return slot

    def take(self, slot: int, who: int) -> bool:
        """True if ``who`` takes the piece; False if the other side has it, or the lock
        could not be had (a worker killed holding it): then the poll waits for the
        worker's answer, which a dead worker gives as a broken pool, and the worker
        skips the piece, which the poll then does itself."""
        if not self.lock.acquire(timeout=LOCK_SECONDS):
            return False
        try:
            if self.slots[slot] == FREE:
                self.slots[slot] = who
            return self.slots[slot] == who
        finally:
            self.lock.release()


def read(data: bytes, received_at: datetime, rules: RuleSet, own: Sequence[str],
         domain: str) -> Read:
    """One mail parsed and classified, exactly as ``pipeline._handle_one`` does it."""
    mail = parse_bytes(data, received_at=received_at)
    return mail, classify(mail, rules, own_addresses=own, own_domain=domain)


def _start(rules: RuleSet, own: tuple[str, ...], domain: str, config: Config | None,
           parent: int, claims: _Claims) -> None:
    global _RULES, _OWN, _DOMAIN, _CONFIG, _CLAIMS
    _RULES, _OWN, _DOMAIN, _CONFIG, _CLAIMS = rules, own, domain, config, claims
    gc.freeze()  # the poll's objects, inherited: never walked (nor copied) by the worker
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    """The worker ends when the poll's process is gone (killed: no shutdown reaches
    it, and it holds the poll's inherited pipes and files open)."""
    while os.getppid() == parent:
        time.sleep(0.1)
    os._exit(0)


def _read_chunk(slot: int, items: list[tuple[bytes, datetime]]) -> list[Read | None] | None:
    """The worker's reads of a chunk; None if the poll claimed it first."""
    assert _RULES is not None and _CLAIMS is not None
    if not _CLAIMS.take(slot, WORKER):
        return None
    out: list[Read | None] = []
    for data, received_at in items:
        point("read-worker")
        try:
            out.append(read(data, received_at, _RULES, _OWN, _DOMAIN))
        except Exception:  # read again in the main thread, which records the failure
            out.append(None)
    return out


def _render(slot: int, invoice: Invoice) -> files.Rendered | None:
    """An invoice's files; None if the poll claimed it first."""
    assert _CONFIG is not None and _CLAIMS is not None
    if not _CLAIMS.take(slot, WORKER):
        return None
    files.prepare_apart(_CONFIG)  # the first time: the kept files made in a child
    return files.render(invoice, _CONFIG)


@dataclass
class _Chunk:
    future: Future
    start: int
    slot: int


class Reads:
    """One batch's reads: ``get(raw)`` is the worker's ``(Mail, Verdict)`` of that mail
    of the batch (or this process's, read while it waited for the worker), or ``None``:
    read it in the main thread."""

    def __init__(self, lane: "ReadLane", chunks: list[_Chunk], raws: list[RawMessage]) -> None:
        self.lane = lane
        self.chunks = chunks
        self.raws = raws
        self.of: dict[int, tuple[_Chunk, int]] = {}
        self.ahead: dict[int, Read | None] = {}  # uid -> read here while waiting
        self.read_here: set[int] = set()  # the chunks (their start) read ahead here
        self.taken: set[int] = set()  # every chunk (its start) this process claimed
        for chunk in chunks:
            for i, raw in enumerate(raws[chunk.start:chunk.start + CHUNK]):
                self.of[raw.uid] = (chunk, i)

    def get(self, raw: RawMessage) -> Read | None:
        if raw.uid in self.ahead:
            return self.ahead.pop(raw.uid)
        found = self.of.get(raw.uid)
        if found is None:
            return None
        chunk, index = found
        if not chunk.future.done() and self.lane.claim(chunk.slot):
            self.taken.add(chunk.start)
            return None  # not begun: read here (the worker skips it)
        self.lane.pump()
        self._read_ahead(chunk)
        try:  # done, or the worker is on it: waited for
            results = chunk.future.result(timeout=WAIT_SECONDS)
        except (CancelledError, TimeoutError):
            return None
        except BrokenProcessPool as exc:
            self.lane.broken(exc)
            return None
        return results[index] if results is not None else None

    def render_ahead(self, store: Store, planned: Iterable[PlannedMail]) -> None:
        """A mail's invoices to the worker as soon as the mail is decided, before
        commit #1 (rendering needs the record alone, and compose takes the files only
        for that very record): the worker has the rest of the batch's decide for them."""
        self.lane.render_ahead(store, (dict(p.context) for p in planned))

    def _read_ahead(self, busy: _Chunk) -> None:
        """While the worker is on ``busy``, the chunks after it it has not begun are
        claimed and read here, one at a time, until it is done: no core waits for the
        other (the mails are still decided in order)."""
        later = self.chunks[self.chunks.index(busy) + 1:]
        while not busy.future.done() and self.read_one(later):
            pass

    def read_one(self, among: Sequence[_Chunk] | None = None) -> bool:
        """One chunk the worker has not begun (of ``among``, else of the batch) claimed
        and read here, for ``get``; False when there is none."""
        if self.lane.rules is None:
            return False
        # A chunk this process took already (read by its caller, or ahead) is not read
        # again: a claim of one's own piece is granted a second time.
        chunk = next((c for c in (self.chunks if among is None else among)
                      if c.start not in self.taken and not c.future.done()
                      and self.lane.claim(c.slot)), None)
        if chunk is None:
            return False
        self.taken.add(chunk.start)
        self.read_here.add(chunk.start)
        for raw in self.raws[chunk.start:chunk.start + CHUNK]:
            try:
                self.ahead[raw.uid] = read(raw.data, raw.internaldate, self.lane.rules,
                                           self.lane.own, self.lane.domain)
            except Exception:  # read again where it is decided: its failure recorded
                self.ahead[raw.uid] = None
        return True


class ReadLane:
    """The worker process of one poll (``with ReadLane.start(...) as lane``)."""

    def __init__(self, pool: ProcessPoolExecutor | None, claims: _Claims | None = None,
                 rules: RuleSet | None = None, own: Sequence[str] = (), domain: str = "") -> None:
        self.pool = pool
        self.claims = claims
        self.feed = Feed(pool, AHEAD) if pool is not None else None
        # What this process reads with while it waits for the worker (``Reads``).
        self.rules, self.own, self.domain = rules, tuple(own), domain
        # Invoices sent to the worker in this poll (number -> the worker's future, None
        # once compose took it: the files are not kept): each is rendered once in a poll.
        self.rendering: dict[str, Future | None] = {}
        # The batches handed to the worker last (from the fetch lane): what this
        # process reads while it waits for an invoice.
        self.live: deque[Reads] = deque(maxlen=2)

    @classmethod
    def start(cls, rules: RuleSet, own: Sequence[str], domain: str,
              config: Config | None = None) -> "ReadLane":
        """Fork the worker now, before the poll starts its threads. This process's own
        objects are frozen for the poll (``gc.freeze``, undone by ``close``): a full
        collection here writes into every object it walks, and each page so written
        is no longer shared with the worker but copied, for both.

        What renders an invoice is made first (``files.prepare``) in a process that has
        the renderers (the daemon imports them first thing), to be shared in the same
        way. One that has not (``poll --once``) leaves them to the worker, which imports
        them with the first invoice of the burst and renders them all (``_taken``): the
        poll neither imports (~0.25 s) nor prepares them (~0.1 s) before its first mail,
        and its peak memory is 30-40 MB lower (BENCHMARKS.md round 10). The test for
        mojibake every read needs (``charset.prepare``) is made first in any case, and
        what reads a PDF form imported (``pdfform.prepare``): both sides read, and what
        each imported after the fork it would hold twice (BENCHMARKS.md, round 19)."""
        if config is not None and files.renderers_loaded():
            files.prepare(config)
        charset.prepare()
        pdfform.prepare()
        gc.freeze()
        try:
            claims = _Claims()
            pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("fork"), initializer=_start,
                initargs=(rules, tuple(own), domain, config, os.getpid(), claims))
            pool.submit(_read_chunk, claims.new(), []).result()  # forked and ready
        except (OSError, BrokenProcessPool, ValueError) as exc:
            log.warning("no worker process for reading mail (%s): all in this one", exc)
            gc.unfreeze()
            return cls(None)
        return cls(pool, claims, rules, own, domain)

    @classmethod
    def for_burst(cls, config: Config, rules: RuleSet, batches: int,
                  since: Probe | None = None) -> "ReadLane":
        """The worker for ``batches`` batches where it pays (``MIN_BATCHES`` or more)
        and ``[imap] read_worker`` lets it ("auto": on a machine with a core to spare,
        ``cores.spare_core``, measured from ``since``); else none (all read here)."""
        wanted = config.imap.read_worker
        if batches < MIN_BATCHES or wanted is False or (
                wanted == "auto" and not spare_core(since=since)):
            return cls(None)
        return cls.start(rules, config.office.own_addresses, config.office.domain, config)

    def claim(self, slot: int) -> bool:
        """The poll takes a piece the worker has not begun (True), else it is the
        worker's (False)."""
        return self.claims is None or self.claims.take(slot, MAIN)

    def submit(self, raws: list[RawMessage]) -> Reads:
        """The batch to the worker, in order (called as soon as it is fetched, from the
        fetch lane: the worker reads it while the poll finishes the batch before)."""
        feed, claims = self.feed, self.claims
        if self.pool is None or feed is None or claims is None:
            return Reads(self, [], raws)
        chunks: list[_Chunk] = []
        for start in range(0, len(raws), CHUNK):
            items = [(r.data, r.internaldate) for r in raws[start:start + CHUNK]]
            slot = claims.new()
            # Held back by the feed, a few in the worker's queue at a time; not sent
            # at all once the poll has claimed it (read it itself).
            future = feed.later(_read_chunk, slot, items,
                                skip=lambda s=slot: claims.slots[s] == MAIN)
            chunks.append(_Chunk(future, start, slot))
        reads = Reads(self, chunks, raws)
        self.live.append(reads)
        return reads

    def pump(self) -> None:
        """The worker's queue topped up (``poolfeed``; before the poll waits)."""
        if self.feed is not None:
            self.feed.pump()

    def render_ahead(self, store: Store, contexts: Iterable[Mapping[str, Any]]) -> int:
        """The invoice files named in ``contexts`` (the template values of planned
        replies: an outbox record's ``context``, a ``PlannedMail``'s) to the worker, to be
        taken when those replies are composed (``invoices.files``): the one costly part
        of compose (~3-4 ms a PDF, BENCHMARKS.md round 10). Each goes in front of the
        reads waiting for the worker (``poolfeed``). Returns how many went."""
        if self.pool is None:
            return 0
        sent = 0
        for context in contexts:
            number = (context.get("invoice") or {}).get("number")
            if not number or number in self.rendering:
                continue
            invoice = issue.get(store, number)
            if invoice is None or files.rendered_ahead(invoice.number):
                continue
            slot = self.claims.new() if self.claims is not None else 0
            try:
                future = self.pool.submit(_render, slot, invoice)
            except (BrokenProcessPool, RuntimeError) as exc:
                self.broken(exc)
                return sent
            self.rendering[number] = future
            files.render_ahead(invoice, lambda n=number, s=slot: self._taken(n, s))
            sent += 1
        return sent

    def _taken(self, number: str, slot: int) -> files.Rendered | None:
        """The worker's files of an invoice compose needs now, or None: render it here.
        One the worker has not begun is rendered here if this process has the renderers;
        if not, it is the worker's, and this process reads the next batch meanwhile."""
        future = self.rendering.get(number)
        if future is None:
            return None
        self.rendering[number] = None
        if not future.done() and files.renderers_loaded() and (
                self.pool is None or self.claim(slot)):
            return None  # not begun: rendered where it is composed (the worker skips it)
        while not future.done() and any(r.read_one() for r in list(self.live)):
            pass
        try:
            return future.result(timeout=WAIT_SECONDS)  # done, or under way: waited for
        except BrokenProcessPool as exc:
            self.broken(exc)
        except Exception as exc:  # rendered again where it is composed: its error there
            log.debug("an invoice rendered ahead failed (%s)", exc)
        return None

    def broken(self, exc: BaseException) -> None:
        if self.pool is not None:
            log.warning("the worker process reading mail stopped (%s); the rest of this "
                        "poll is read here", exc)
            if self.feed is not None:
                self.feed.close()  # what never reached it: read here (cancelled)
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def close(self) -> None:
        files.forget_ahead()
        if self.feed is not None:
            self.feed.close()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        if self.claims is not None:  # started: this process's objects were frozen
            self.claims = None
            gc.unfreeze()

    def __enter__(self) -> "ReadLane":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["ReadLane", "Reads", "read", "MIN_BATCHES"]
