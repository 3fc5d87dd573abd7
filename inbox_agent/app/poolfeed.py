"""A process pool fed a few tasks at a time, so that urgent work goes in front.

``concurrent.futures.ProcessPoolExecutor`` runs what it is given in the order given. A
burst's worker (``readlane``) is given the chunks of a batch to read as soon as the
batch is fetched, and a moment later the invoices of the batch before, which the main
thread is about to compose: behind a whole batch of reads (~0.15 s), the invoice is
not begun when its mail is composed, and the main thread renders it itself (round 10
of BENCHMARKS.md: 124 of 146 invoices). A ``Feed`` holds such *background* tasks back
and hands the pool only ``window`` of them at a time, the next one each time one is
done; urgent tasks go to the pool at once (``ProcessPoolExecutor.submit``) and so wait
for at most ``window`` background tasks.

The future ``later`` returns is the feed's own: it ends as the pool's does (its result,
its exception, or cancelled), or with ``None`` without reaching the pool when ``skip``
says the task is no longer wanted (the main thread took the work itself). The next
task goes to the pool from the done callback of the one before, which runs in the
pool's own thread, only after a task that succeeded (a failed or cancelled one can be
told while the pool holds its internal lock); ``pump`` (called by the main thread
before it waits) hands on what that left waiting, so nothing waits for ever.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

_Waiting = tuple[Future, Callable[..., Any], tuple, Callable[[], bool] | None]


class Feed:
    """Background tasks for ``pool``, ``window`` of them in it at a time."""

    def __init__(self, pool: ProcessPoolExecutor, window: int) -> None:
        self.pool = pool
        self.window = max(1, window)
        self.lock = threading.Lock()
        self.waiting: deque[_Waiting] = deque()
        self.out = 0  # background tasks in the pool now
        self.closed = False

    def later(self, fn: Callable[..., Any], *args: Any,
              skip: Callable[[], bool] | None = None) -> Future:
        """``fn(*args)`` in the pool when fewer than ``window`` tasks of this feed are
        there; a future of its result (``None`` if ``skip()`` is true by then)."""
        future: Future = Future()
        with self.lock:
            if self.closed:
                future.cancel()
                return future
            self.waiting.append((future, fn, args, skip))
        self.pump()
        return future

    def pump(self) -> None:
        """Hand the pool what the window has room for."""
        while True:
            with self.lock:
                if self.closed or self.out >= self.window or not self.waiting:
                    return
                future, fn, args, skip = self.waiting.popleft()
                skipped = skip is not None and skip()
                if not skipped:
                    self.out += 1
            if skipped:  # told outside the lock, as every other end of a future here
                future.set_result(None)
                continue
            try:
                inner = self.pool.submit(fn, *args)
            except Exception as exc:  # broken or shut down: this and all waiting fail
                self._fail(future, exc)
                return
            inner.add_done_callback(lambda done, outer=future: self._done(done, outer))

    def _done(self, inner: Future, outer: Future) -> None:
        with self.lock:
            self.out -= 1
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
            return
        outer.set_result(inner.result())
        self.pump()

    def _fail(self, future: Future, exc: BaseException) -> None:
        with self.lock:
            self.out -= 1
            failed = [future, *(w[0] for w in self.waiting)]
            self.waiting.clear()
        for each in failed:
            each.set_exception(exc)

    def close(self) -> None:
        """Cancel what never reached the pool (the pool's own are its shutdown's)."""
        with self.lock:
            self.closed = True
            left = [w[0] for w in self.waiting]
            self.waiting.clear()
        for each in left:
            each.cancel()


__all__ = ["Feed"]
