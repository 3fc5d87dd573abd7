"""Parse + classify on the second core: a worker process for the mails of a large burst.

``parse_bytes`` and ``classify`` are pure: raw bytes and the rules in, a ``Mail`` and a
``Verdict`` out (frozen values that pickle). In a burst of more than ``MIN_BATCHES``
batches, ``pollpipe`` starts one worker process for the poll (forked, so it has the
rules, the configuration and the hash seed of the poll itself: results are those of
the poll's own process) and hands it each batch as it is fetched, in chunks of a few
mails, the last chunk first. The main thread goes through the batch from the first
mail, in order, as before: a mail whose chunk the worker has done is decided with the
worker's ``Mail`` and ``Verdict``; any other is read in the main thread (a chunk not
begun is taken back; one the worker is on is waited for up to ``WAIT_SECONDS``, not
longer: on a busy machine the worker may get little of a core). The two meet in the
middle; nothing is decided in another order, and the decisions, the commits and the
wire stay in the main process (``pipeline``, ``pollpipe``).

The invoices of a batch's planned replies are rendered there too, right after the
batch's decisions are committed (``render_ahead``): their PDFs are what compose spends
most on, and the worker is idle while the poll waits for the last batch's replies to
go. Compose takes a PDF rendered ahead only for the very record it was rendered from
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
from collections.abc import Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from inbox_agent.config import Config
from inbox_agent.faults import point
from inbox_agent.invoices import files, issue
from inbox_agent.invoices.record import Invoice
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Mail, RawMessage, Verdict
from inbox_agent.store.db import Store
from inbox_agent.understanding.classify import classify
from inbox_agent.understanding.ruleset import RuleSet

log = logging.getLogger(__name__)

MIN_BATCHES = 3  # a burst of more batches than 2 pays for the worker (fork ~10 ms)
CHUNK = 4  # mails per task: small enough to meet in the middle, large enough to pay
# How long the poll waits for the chunk the worker is on when it gets there (4 mails:
# ~20 ms on a free core); longer, and it reads them itself, as before round 5. Not
# waiting at all read ~8 % of a burst twice (BENCHMARKS.md, round 5).
WAIT_SECONDS = 0.03

Read = tuple[Mail, Verdict]

# The worker's own: set once by ``_start`` (the rules are not sent with each task).
_RULES: RuleSet | None = None
_OWN: tuple[str, ...] = ()
_DOMAIN = ""
_CONFIG: Config | None = None


def spare_core() -> bool:
    """A second core that is not busy: two or more CPUs for this process and a load
    average (the last minute) below their number less one. On one core, or on a machine
    kept busy by others, a worker would only take CPU from the poll itself (measured:
    the same wall time at a load of 3 on 2 cores, the poll's own CPU a third less)."""
    try:
        cpus = len(os.sched_getaffinity(0))
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cpus >= 2 and load < cpus - 1


def read(data: bytes, received_at: datetime, rules: RuleSet, own: Sequence[str],
         domain: str) -> Read:
    """One mail parsed and classified, exactly as ``pipeline._handle_one`` does it."""
    mail = parse_bytes(data, received_at=received_at)
    return mail, classify(mail, rules, own_addresses=own, own_domain=domain)


def _start(rules: RuleSet, own: tuple[str, ...], domain: str, config: Config | None,
           parent: int) -> None:
    global _RULES, _OWN, _DOMAIN, _CONFIG
    _RULES, _OWN, _DOMAIN, _CONFIG = rules, own, domain, config
    gc.freeze()  # the poll's objects, inherited: never walked (nor copied) by the worker
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    """The worker ends when the poll's process is gone (killed: no shutdown reaches
    it, and it holds the poll's inherited pipes and files open)."""
    while os.getppid() == parent:
        time.sleep(0.1)
    os._exit(0)


def _read_chunk(items: list[tuple[bytes, datetime]]) -> list[Read | None]:
    assert _RULES is not None
    out: list[Read | None] = []
    for data, received_at in items:
        point("read-worker")
        try:
            out.append(read(data, received_at, _RULES, _OWN, _DOMAIN))
        except Exception:  # read again in the main thread, which records the failure
            out.append(None)
    return out


def _render(invoice: Invoice) -> files.Rendered:
    assert _CONFIG is not None
    return files.render(invoice, _CONFIG)


@dataclass
class _Chunk:
    future: Future
    start: int


class Reads:
    """One batch's reads: ``get(raw)`` is the worker's ``(Mail, Verdict)`` of that mail
    of the batch, or ``None``: read it in the main thread."""

    def __init__(self, lane: "ReadLane", chunks: list[_Chunk], raws: list[RawMessage]) -> None:
        self.lane = lane
        self.of: dict[int, tuple[_Chunk, int]] = {}
        for chunk in chunks:
            for i, raw in enumerate(raws[chunk.start:chunk.start + CHUNK]):
                self.of[raw.uid] = (chunk, i)

    def get(self, raw: RawMessage) -> Read | None:
        found = self.of.get(raw.uid)
        if found is None:
            return None
        chunk, index = found
        if not chunk.future.done() and chunk.future.cancel():
            return None  # not begun: taken back
        try:  # begun: waited for a little, else read here too
            results = chunk.future.result(timeout=WAIT_SECONDS)
        except (CancelledError, TimeoutError):
            return None
        except BrokenProcessPool as exc:
            self.lane.broken(exc)
            return None
        return results[index]


class ReadLane:
    """The worker process of one poll (``with ReadLane.start(...) as lane``)."""

    def __init__(self, pool: ProcessPoolExecutor | None) -> None:
        self.pool = pool

    @classmethod
    def start(cls, rules: RuleSet, own: Sequence[str], domain: str,
              config: Config | None = None) -> "ReadLane":
        """Fork the worker now, before the poll starts its threads."""
        try:
            pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("fork"), initializer=_start,
                initargs=(rules, tuple(own), domain, config, os.getpid()))
            pool.submit(_read_chunk, []).result()  # forked and ready
        except (OSError, BrokenProcessPool, ValueError) as exc:
            log.warning("no worker process for reading mail (%s): all in this one", exc)
            return cls(None)
        return cls(pool)

    def submit(self, raws: list[RawMessage]) -> Reads:
        """The batch to the worker, the last chunk first (the main thread begins at
        the first mail)."""
        if self.pool is None:
            return Reads(self, [], raws)
        chunks: list[_Chunk] = []
        starts = range(0, len(raws), CHUNK)
        try:
            for start in reversed(starts[1:]):  # the first chunk is the main thread's
                items = [(r.data, r.internaldate) for r in raws[start:start + CHUNK]]
                chunks.append(_Chunk(self.pool.submit(_read_chunk, items), start))
        except (BrokenProcessPool, RuntimeError) as exc:
            self.broken(exc)
        return Reads(self, chunks, raws)

    def render_ahead(self, store: Store, entries: Sequence[dict]) -> int:
        """The invoice files of the planned replies ``entries`` (outbox records) to the
        worker, to be taken when those replies are composed (``invoices.files``): the
        one costly part of compose (~35 ms a PDF). Returns how many went."""
        if self.pool is None:
            return 0
        sent = 0
        for entry in entries:
            number = ((entry.get("context") or {}).get("invoice") or {}).get("number")
            invoice = issue.get(store, number) if number else None
            if invoice is None or files.rendered_ahead(invoice.number):
                continue
            try:
                future = self.pool.submit(_render, invoice)
            except (BrokenProcessPool, RuntimeError) as exc:
                self.broken(exc)
                return sent
            files.render_ahead(invoice, lambda f=future: self._taken(f))
            sent += 1
        return sent

    def _taken(self, future: Future) -> files.Rendered | None:
        if future.cancel():  # not begun: rendered where it is composed
            return None
        try:
            return future.result()  # done, or under way: waited for
        except BrokenProcessPool as exc:
            self.broken(exc)
        except Exception as exc:  # rendered again where it is composed: its error there
            log.debug("an invoice rendered ahead failed (%s)", exc)
        return None

    def broken(self, exc: BaseException) -> None:
        if self.pool is not None:
            log.warning("the worker process reading mail stopped (%s); the rest of this "
                        "poll is read here", exc)
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def close(self) -> None:
        files.forget_ahead()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> "ReadLane":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["ReadLane", "Reads", "read", "spare_core", "MIN_BATCHES"]
