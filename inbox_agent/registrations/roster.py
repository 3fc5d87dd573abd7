"""An event's attendee list that keeps its own counts, and the overlay a decision reads.

``Roster`` is a mapping address -> ``Attendee`` (what ``decide_mail`` is handed) that
keeps the places taken and the waitlisted records current as records are put in, so a
decision asks "how many places are free?" and "who waits?" without a pass over every
attendee: a burst of 10,000 mails cost O(attendees) per mail before (BENCHMARKS.md).
Any other mapping still works; then the counts are taken by one pass, as before.

``Overlay`` is a decision's working view: the list as handed in plus the records the
decision changed, never a copy of the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping

from inbox_agent.registrations.attendee import Attendee, State


class Roster(MutableMapping[str, Attendee]):
    """Address -> record, with ``places`` (taken) and ``waiting`` (address -> record)."""

    def __init__(self, records: Iterable[tuple[str, Attendee]] = ()) -> None:
        self._records: dict[str, Attendee] = {}
        self.places = 0
        self.waiting: dict[str, Attendee] = {}
        for key, attendee in records:
            self[key] = attendee

    def __getitem__(self, key: str) -> Attendee:
        return self._records[key]

    def __setitem__(self, key: str, attendee: Attendee) -> None:
        if key in self._records:
            self._forget(key)
        self._records[key] = attendee
        self.places += attendee.places
        if attendee.state == State.WAITLISTED:
            self.waiting[key] = attendee

    def __delitem__(self, key: str) -> None:
        self._forget(key)
        del self._records[key]

    def _forget(self, key: str) -> None:
        self.places -= self._records[key].places
        self.waiting.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, key: object) -> bool:
        return key in self._records

    def get(self, key: str, default: Attendee | None = None) -> Attendee | None:  # type: ignore[override]
        return self._records.get(key, default)

    def values(self):  # type: ignore[override]
        return self._records.values()


class Overlay(Mapping[str, Attendee]):
    """``base`` with ``changes`` laid over it (address -> record); ``base`` unchanged."""

    def __init__(self, base: Mapping[str, Attendee]) -> None:
        if not isinstance(base, Roster):  # any mapping: counted once, keyed by address
            base = Roster((a.email, a) for a in base.values())
        self.base: Roster = base
        self.changes: dict[str, Attendee] = {}

    def __getitem__(self, key: str) -> Attendee:
        if key in self.changes:
            return self.changes[key]
        return self.base[key]

    def get(self, key: str, default: Attendee | None = None) -> Attendee | None:  # type: ignore[override]
        found = self.changes.get(key)
        return found if found is not None else self.base.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self.changes or key in self.base

    def __iter__(self) -> Iterator[str]:
        yield from self.base
        yield from (k for k in self.changes if k not in self.base)

    def __len__(self) -> int:
        return len(self.base) + sum(1 for k in self.changes if k not in self.base)

    def put(self, attendee: Attendee) -> None:
        self.changes[attendee.email] = attendee

    def places(self) -> int:
        """Places taken: the base's count, corrected by the changed records."""
        taken = self.base.places
        for key, new in self.changes.items():
            old = self.base.get(key)
            taken += new.places - (old.places if old is not None else 0)
        return taken

    def waiting(self) -> list[Attendee]:
        """The waitlisted records (in no order; ``waiting_list`` orders them)."""
        out = {k: a for k, a in self.base.waiting.items() if k not in self.changes}
        out.update((k, a) for k, a in self.changes.items() if a.state == State.WAITLISTED)
        return list(out.values())


class Waiting:
    """An overlay's waitlisted records, listed only when iterated: a reply's context
    asks for them only for someone on the waiting list (``context.build_context``)."""

    def __init__(self, overlay: Overlay) -> None:
        self.overlay = overlay

    def __iter__(self) -> Iterator[Attendee]:
        return iter(self.overlay.waiting())


__all__ = ["Roster", "Overlay", "Waiting"]
