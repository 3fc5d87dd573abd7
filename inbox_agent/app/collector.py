"""The cyclic garbage collector during a burst.

A burst makes and drops a great many short-lived objects (parse trees, decisions,
composed parts), nearly all freed by their reference counts. With the collector's
default thresholds (700 new objects) a young collection ran some 400 times in each of
the poll's processes for 1,000 mails and walked the objects still alive each time:
~0.3 s of CPU of the two, 4-5 % of the burst (BENCHMARKS.md, round 13). While a burst
runs, a young collection waits for ``YOUNG`` new objects; the cycles among them are
collected all the same, later. The worker process, forked within the burst, inherits
the setting and ends with it; the poll's process gets its own thresholds back."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 10_000  # new objects before a young collection in a burst (CPython's default: 700)


@contextmanager
def burst() -> Iterator[None]:
    """The collector's thresholds for a burst meanwhile (a higher one already set, by
    the embedding program, is kept)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
