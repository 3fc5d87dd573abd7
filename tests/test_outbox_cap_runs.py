"""The hourly cap's record keeps runs [time, count], not a time per answer (issue 17):
the cap decides exactly as it did with one time per answer, a record of the earlier
form is read, and a burst's record stays small."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from inbox_agent.outbox import limits
from inbox_agent.store.db import Store

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Cap:
    replies_per_hour: int
    replies_per_address: int = 3
    per_address_hours: float = 24


class OneTimePerAnswer:
    """The cap as it was: the times of the last hour's answers, one per answer."""

    def __init__(self) -> None:
        self.times: list[datetime] = []

    def slot(self, now: datetime, cap: int, extra: int) -> datetime | None:
        times = [t for t in self.times if t > now - limits.HOUR]
        if len(times) + extra < cap:
            return None
        index = len(times) + extra - cap
        return (times[index] if index < len(times) else now) + limits.HOUR

    def count(self, now: datetime, cap: int) -> None:
        keep = cap - 1
        times = [t for t in self.times if t > now - limits.HOUR]
        self.times = [*(times[max(len(times) - keep, 0):] if keep else []), now]


def _store(tmp_path) -> Store:
    return Store(tmp_path / "store.json", lock=False, persist=False).open()


def test_the_runs_decide_as_one_time_per_answer_did(tmp_path):
    rng = random.Random(17)
    for cap in (1, 2, 5, 40):
        store, reference = _store(tmp_path), OneTimePerAnswer()
        now = T0
        for _ in range(400):
            now += timedelta(seconds=rng.choice((0, 0, 0, 1, 30, 400, 1300)))
            extra = rng.randrange(0, 4)
            assert limits.next_send_slot(store, now, Cap(cap), extra) == reference.slot(
                now, cap, extra)
            if rng.random() < 0.8:
                limits.count_sent(store, now, Cap(cap))
                reference.count(now, cap)
        store.close()


def test_a_record_of_one_time_per_answer_is_read(tmp_path):
    store = _store(tmp_path)
    times = [T0, T0, T0 + timedelta(minutes=1)]
    store.put("meta", {"key": "limit:replies-sent", "kind": "limit",
                       "times": [t.isoformat() for t in times]})
    now = T0 + timedelta(minutes=2)
    assert limits.next_send_slot(store, now, Cap(3)) == T0 + limits.HOUR
    assert limits.next_send_slot(store, now, Cap(4)) is None
    limits.count_sent(store, now, Cap(4))
    assert limits.next_send_slot(store, now, Cap(4)) == T0 + limits.HOUR
    assert limits.next_send_slot(store, now + limits.HOUR, Cap(4)) is None


def test_a_burst_keeps_one_run_per_moment(tmp_path):
    store = _store(tmp_path)
    for moment in range(20):
        for _ in range(250):
            limits.count_sent(store, T0 + timedelta(seconds=moment), Cap(100_000))
    record = store.get("meta", "limit:replies-sent")
    assert record["runs"][0] == [T0.isoformat(), 250]
    assert len(record["runs"]) == 20
    assert limits.next_send_slot(store, T0 + timedelta(seconds=20), Cap(5_000)) == (
        T0 + limits.HOUR)
    assert limits.next_send_slot(store, T0 + timedelta(seconds=20), Cap(5_001)) is None
