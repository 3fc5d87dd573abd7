"""Whether the machine has a core to spare for a burst's worker process (``readlane``).

A burst is read on a second core only where one is free: ``spare_core`` looks at what
the machine uses now (``/proc/stat``; elsewhere the one-minute load average). The poll
takes a ``probe`` when it begins, so the measure runs over the work it does anyway before
its first batch (connecting, the UID search) instead of sleeping for it."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

SAMPLE_SECONDS = 0.1  # how long "auto" looks at the machine before a burst (at least)


@dataclass(frozen=True)
class Probe:
    """The machine's CPU ticks (``/proc/stat``) and this process's own CPU time at one
    moment: ``spare_core(since=...)`` measures the machine from here on, over work the
    poll does anyway (connecting, the UID search), instead of sleeping for it."""

    at: float
    ticks: tuple[int, int] | None
    own: float


def probe() -> Probe:
    """Where the machine stands now (cheap: one line of /proc/stat)."""
    return Probe(time.monotonic(), _ticks(), _own_cpu())


def spare_core(sample: float = SAMPLE_SECONDS, since: Probe | None = None) -> bool:
    """A second core that is not busy: two or more CPUs for this process, and what the
    rest of the machine uses of them, measured now over ``sample`` seconds (``/proc/stat``;
    elsewhere the one-minute load average), leaves at least one whole core free beside
    the poll's own. On one core, or on a machine kept busy by others, a worker would
    only take CPU from the poll itself. The load average alone was a poor judge: it
    counts the last minute (filling a mailbox, an earlier poll), not this one. With
    ``since`` the measure runs from that probe (this process's own CPU meanwhile left
    out), sleeping only for what is missing of ``sample``."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return False
    if cpus < 2:
        return False
    busy = _busy_cores(sample, since=since)
    if busy is None:
        try:
            busy = os.getloadavg()[0]
        except OSError:
            return False
    return busy < cpus - 1


def _ticks() -> tuple[int, int] | None:
    """All CPU ticks of the machine and the idle ones (idle + iowait), or None."""
    try:
        with open("/proc/stat", "rb") as fh:
            fields = [int(f) for f in fh.readline().split()[1:]]
        return sum(fields[:8]), fields[3] + (fields[4] if len(fields) > 4 else 0)
    except (OSError, ValueError, IndexError):
        return None


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


def _busy_cores(sample: float, since: Probe | None = None) -> float | None:
    """How many cores the machine kept busy (all processes but this one) over at least
    ``sample`` seconds (from ``since``, else from now, sleeping), from /proc/stat;
    None where there is none."""
    start = since if since is not None and since.ticks is not None else probe()
    time.sleep(max(0.0, sample - (time.monotonic() - start.at)))
    end = probe()
    if start.ticks is None or end.ticks is None or end.ticks[0] <= start.ticks[0]:
        return None
    (total0, idle0), (total1, idle1) = start.ticks, end.ticks
    cores = os.cpu_count() or 1  # /proc/stat's first line adds up every CPU
    busy = cores * (1 - (idle1 - idle0) / (total1 - total0))
    own = (end.own - start.own) / max(end.at - start.at, 1e-9)  # this process meanwhile
    return max(0.0, busy - own)


__all__ = ["Probe", "probe", "spare_core", "SAMPLE_SECONDS"]
