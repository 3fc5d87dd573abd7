"""Where "now" comes from.

The domain logic never reads the wall clock itself (DESIGN.md, "registrations"): it is
handed a ``datetime`` that a ``Clock`` produced. The daemon uses ``SystemClock``; tests
and the season simulator use ``FixedClock`` and move it by hand, so a whole season runs
in milliseconds and every run gives the same timeline.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Something that tells the current time."""

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real time of this machine."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def __repr__(self) -> str:
        return "SystemClock()"


def _aware_utc(at: datetime) -> datetime:
    # A naive datetime has no defined instant; refusing it here catches the mistake where
    # it is made instead of as a wrong deadline weeks later.
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"the clock needs a timezone-aware datetime, got {at!r}")
    return at.astimezone(timezone.utc)


class FixedClock:
    """A clock that stands still until told to move (tests, ``simulate``)."""

    def __init__(self, at: datetime) -> None:
        self._at = _aware_utc(at)

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> datetime:
        """Move forward by ``delta`` (never backwards) and return the new time."""
        if delta < timedelta(0):
            raise ValueError(f"a clock only moves forward, not by {delta}")
        self._at = self._at + delta
        return self._at

    def set(self, at: datetime) -> datetime:
        """Jump to ``at`` (may be earlier, e.g. to replay a scenario) and return it."""
        self._at = _aware_utc(at)
        return self._at

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"


__all__ = ["Clock", "SystemClock", "FixedClock"]
