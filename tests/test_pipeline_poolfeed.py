"""A pool fed a few background tasks at a time (``app.poolfeed``, issue 17): urgent work
submitted to the pool itself overtakes the background tasks still held back; nothing
held back is lost when the pool breaks or the feed closes."""

from __future__ import annotations

import threading
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor

import pytest

from inbox_agent.app.poolfeed import Feed


def _recorder():
    order: list[str] = []
    lock = threading.Lock()

    def task(name: str, seconds: float = 0.02) -> str:
        with lock:
            order.append(name)
        time.sleep(seconds)
        return name

    return order, task


@pytest.mark.parametrize("window", [1, 2, 3])
def test_an_urgent_task_waits_for_at_most_the_window(window):
    order, task = _recorder()
    with ThreadPoolExecutor(1) as pool:
        feed = Feed(pool, window)
        background = [feed.later(task, f"read{n}") for n in range(8)]
        urgent = pool.submit(task, "invoice")
        assert urgent.result(timeout=5) == "invoice"
        assert [f.result(timeout=5) for f in background] == [f"read{n}" for n in range(8)]
    # Behind the pool's FIFO it would have started last; fed, after `window` at most.
    assert order.index("invoice") <= window
    assert [n for n in order if n != "invoice"] == [f"read{n}" for n in range(8)]


def test_without_a_feed_the_same_urgent_task_starts_last():
    """The control: the pool alone runs in submission order (why the feed exists)."""
    order, task = _recorder()
    with ThreadPoolExecutor(1) as pool:
        for n in range(8):
            pool.submit(task, f"read{n}")
        pool.submit(task, "invoice").result(timeout=5)
    assert order[-1] == "invoice"


def test_a_task_the_caller_took_meanwhile_never_reaches_the_pool():
    order, task = _recorder()
    taken: set[str] = set()
    with ThreadPoolExecutor(1) as pool:
        feed = Feed(pool, 1)
        first = feed.later(task, "read0", 0.1)
        second = feed.later(task, "read1", skip=lambda: "read1" in taken)
        third = feed.later(task, "read2", skip=lambda: "read2" in taken)
        taken.add("read1")  # read by the caller while read0 runs
        assert first.result(timeout=5) == "read0"
        assert second.result(timeout=5) is None
        assert third.result(timeout=5) == "read2"
    assert order == ["read0", "read2"]


def test_a_failing_task_fails_its_future_and_the_rest_still_run():
    def boom() -> None:
        raise ValueError("unreadable")

    _order, task = _recorder()
    with ThreadPoolExecutor(1) as pool:
        feed = Feed(pool, 1)
        bad = feed.later(boom)
        rest = [feed.later(task, f"read{n}", 0.0) for n in range(3)]
        with pytest.raises(ValueError):
            bad.result(timeout=5)
        feed.pump()  # after a failure the caller hands on what waits (as Reads.get does)
        assert [f.result(timeout=5) for f in rest] == ["read0", "read1", "read2"]


def test_a_pool_that_cannot_take_more_fails_every_waiting_future():
    pool = ThreadPoolExecutor(1)
    feed = Feed(pool, 1)
    _order, task = _recorder()
    running = feed.later(task, "read0", 0.1)
    waiting = [feed.later(task, f"read{n}") for n in range(1, 4)]
    pool.shutdown(wait=False)  # as a broken process pool: submit raises
    assert running.result(timeout=5) == "read0"
    for future in waiting:
        with pytest.raises(RuntimeError):
            future.result(timeout=5)


def test_closing_cancels_what_never_reached_the_pool():
    _order, task = _recorder()
    with ThreadPoolExecutor(1) as pool:
        feed = Feed(pool, 1)
        running = feed.later(task, "read0", 0.1)
        waiting = [feed.later(task, f"read{n}") for n in range(1, 4)]
        feed.close()
        late = feed.later(task, "read9")
        assert running.result(timeout=5) == "read0"
        for future in [*waiting, late]:
            with pytest.raises(CancelledError):
                future.result(timeout=5)
