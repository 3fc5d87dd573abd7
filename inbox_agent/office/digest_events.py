"""What the morning digest is told about the events, from the store: a section for
every open event with its attendees (``registrations.events``: not past), or the first
configured event when none is open (the digest always has one section), and the
erasures ahead (``retention``: from 14 days before an event's data is erased).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from inbox_agent.office import retention
from inbox_agent.registrations import Attendee, EventRules
from inbox_agent.registrations.events import Events
from inbox_agent.store.db import Store
from inbox_agent.store.events import records_of


def open_events(events: Events, now: datetime) -> tuple[EventRules, ...]:
    """The events the digest (and a command without ``--event``) covers: every open
    one, or the first configured when none is."""
    return events.open_at(now) or (events.first,)


def event_parts(store: Store, events: Events, now: datetime) -> dict[str, Any]:
    """``build_digest``'s ``sections`` and ``erasures`` (its keyword arguments)."""
    sections = [(rules, [Attendee.from_dict(r) for r in records_of(store, "attendees", rules.id)])
                for rules in open_events(events, now)]
    erasures: list[tuple[str, date, int]] = [
        (v.rules.name, v.erase_on, v.days_to_erasure)
        for v in retention.notices(retention.overview(store, events, now))]
    return {"sections": sections, "erasures": erasures}


__all__ = ["open_events", "event_parts"]
