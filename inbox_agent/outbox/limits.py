"""Limits on automatic answers, so that nobody can use the office as a mail bomb.

Anyone can put someone else's address into the From of a mail. Every such mail asks
the daemon to answer *that* address: a programme with two PDFs, an "already
registered" notice, ... A thousand forged pre-registrations would become a thousand
mails to a third party, sent by the association. Two limits stop that (``[limits]``):

* per address: at most ``replies_per_address`` answers to one address within
  ``per_address_hours``. Further answers are not sent; each is kept in the outbox as
  ``suppressed`` with the reason, and the office gets a task in the digest (a real
  attendee who writes that often needs a human anyway).
* in all: at most ``replies_per_hour`` answers an hour. Further ones wait, planned,
  until the hour has room (a real wave of registrations is slowed, never dropped), and
  the office gets a task once per hour in which the cap was reached.

What the office reads is kept as ``Reason``s (``reasons.py``).

Only answers to incoming mail count: reminders, the digest, circulars and bulk mail
go to addresses the office chose and have their own pacing. The counts live in the
store (``meta`` records), written with the same commit as the decision, so they hold
across restarts. Pure: no I/O but the store, no clock but the ``now`` handed in.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Protocol

from inbox_agent.model import Reason
from inbox_agent.outbox import reasons
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import has_task, put_task

_PER_ADDRESS = "limit:replies-to:"  # + hash of the address: when answers to it were planned
_SENT = "limit:replies-sent"  # the times answers were sent within the last hour
HOUR = timedelta(hours=1)


class LimitSettings(Protocol):
    replies_per_address: int
    per_address_hours: float
    replies_per_hour: int


def over_address_limit(store: Store, address: str, now: datetime,
                       limits: LimitSettings) -> Reason | None:
    """Why one more answer to ``address`` must not be sent now (for the office), or
    None. Call ``count_planned`` when it is planned after all."""
    times = _recent(store, _address_key(address), now, timedelta(hours=limits.per_address_hours))
    if len(times) < limits.replies_per_address:
        return None
    return reasons.withheld(len(times), address, limits.per_address_hours,
                            limits.replies_per_address)


def count_planned(store: Store, address: str, now: datetime, limits: LimitSettings) -> None:
    key = _address_key(address)
    times = _recent(store, key, now, timedelta(hours=limits.per_address_hours))
    store.put("meta", {"key": key, "kind": "limit", "times": [*times, now.isoformat()]})


def next_send_slot(store: Store, now: datetime, limits: LimitSettings,
                   extra: int = 0) -> datetime | None:
    """When the hourly cap lets the next answer go: None if at once. ``extra``: answers
    about to go ``now`` that are not counted yet (a pipelined poll's batch)."""
    runs = _sent_runs(store, now)
    total = sum(count for _, count in runs)
    if total + extra < limits.replies_per_hour:
        return None
    index = total + extra - limits.replies_per_hour  # the index-th oldest answer's time
    for at, count in runs:
        if index < count:
            return datetime.fromisoformat(at) + HOUR
        index -= count
    return now + HOUR


def count_sent(store: Store, now: datetime, limits: LimitSettings) -> None:
    """Count one answer sent ``now``. The record keeps the times of the last hour's
    answers as runs ``[time, how many]``: the answers of one delivery share its ``now``,
    so a burst of thousands is a few hundred runs, not a time per answer (which made
    each answer cost the whole hour's list: quadratic, BENCHMARKS.md)."""
    keep = limits.replies_per_hour - 1  # the cap looks at the last replies_per_hour only
    runs = _sent_runs(store, now)
    total = sum(count for _, count in runs)
    drop = max(total - keep, 0) if keep > 0 else total
    while drop and runs:
        at, count = runs[0]
        if count > drop:
            runs[0] = [at, count - drop]
            break
        runs.pop(0)
        drop -= count
    stamp = now.isoformat()
    if runs and runs[-1][0] == stamp:
        runs[-1] = [stamp, runs[-1][1] + 1]
    else:
        runs.append([stamp, 1])
    store.put("meta", {"key": _SENT, "kind": "limit", "runs": runs})


def cap_task(store: Store, now: datetime, waiting: int, until: datetime,
             limits: LimitSettings) -> None:
    """Tell the office (digest) once per hour that answers are held back by the cap."""
    hour = now.strftime("%Y-%m-%dT%H")
    key = f"task:limits:reply_cap:{hour}"
    if has_task(store, key):
        return
    summary = reasons.cap_reached(limits.replies_per_hour, waiting, until.strftime("%H:%M"))
    put_task(store, key=key, task="reply_cap", email="", cause="limits", event="",
             summary=reasons.german(summary), summary_reason=summary.to_dict(), now=now)


def _address_key(address: str) -> str:
    # A hash, not the address: the count is no personal data, and ``forget`` (erasing
    # a person on request) need not know about it.
    return _PER_ADDRESS + hashlib.sha256(address.strip().lower().encode()).hexdigest()[:32]


def _recent(store: Store, key: str, now: datetime, window: timedelta) -> list[str]:
    record = store.get("meta", key)
    if record is None:
        return []
    since = now - window
    return [t for t in record.get("times", []) if datetime.fromisoformat(t) > since]


def _sent_runs(store: Store, now: datetime) -> list[list]:
    """The hourly cap's record as runs ``[time, count]`` within the last hour, oldest
    first (a record written before runs existed holds one time per answer)."""
    record = store.get("meta", _SENT)
    if record is None:
        return []
    since = now - HOUR
    runs: list[list] = []
    for at in record.get("times", []):  # the earlier form
        if runs and runs[-1][0] == at:
            runs[-1][1] += 1
        else:
            runs.append([at, 1])
    runs.extend([at, int(count)] for at, count in record.get("runs", []))
    return [run for run in runs if datetime.fromisoformat(run[0]) > since]
