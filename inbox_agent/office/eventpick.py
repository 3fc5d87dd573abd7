"""Which event's record a staff command means, and how it is written back.

A person may be on several events' lists (last year's conference and this year's, the
workshop beside it). A command that changes one record (``mark-paid``, ``note``,
``set-state``, ``resend``) works on the record of ``--event ID`` if given; without it on
the record of the configuration's first event, or, if the person is on one other list
only, on that one; on several other lists it asks which (nothing is changed).
"""

from __future__ import annotations

from typing import Any

from inbox_agent.i18n import N_
from inbox_agent.model import Reason
from inbox_agent.office.common import StaffError, find
from inbox_agent.registrations import Attendee
from inbox_agent.store.db import Store
from inbox_agent.store.events import attendee_key, attendee_records, event_of, home_event


def records_by_event(store: Store, email: str) -> dict[str, dict[str, Any]]:
    """``email``'s attendee records, by event id (in the order they were made)."""
    home = home_event(store)
    return {event_of(r, home): r for r in attendee_records(store, email)}


def pick(store: Store, email: str, first: str, wanted: str | None = None) -> tuple[Attendee, str]:
    """The record a command means (module docstring) and its event id. ``first``: the
    configuration's first event; ``wanted``: ``--event``. ``StaffError`` if none fits."""
    found = records_by_event(store, email)
    home = home_event(store)
    # A store no start has seen yet (written by hand, as in tests): its records carry
    # no event and belong to whichever event is asked for.
    loose = found.get("") if not home else None
    if wanted:
        record = found.get(wanted) or loose
        if record is None:
            raise StaffError(Reason.of(N_(
                "{email} is not on the list of the event {event}; nothing was changed "
                "(on the lists of: {events})"), email=email, event=wanted,
                events=", ".join(found) or "-"))
        return Attendee.from_dict(record), wanted
    own = found.get(first or home) or loose
    if own is not None:
        return Attendee.from_dict(own), first or home
    if len(found) == 1:
        event_id, record = next(iter(found.items()))
        return Attendee.from_dict(record), event_id
    if not found:
        return find(store, email), first or home  # its error names a similar address
    raise StaffError(Reason.of(N_(
        "{email} is on the lists of several events ({events}): say which with --event ID; "
        "nothing was changed"), email=email, events=", ".join(found)))


def put(store: Store, attendee: Attendee, event_id: str) -> None:
    """Stage ``attendee`` as the record of ``event_id`` ("" the home event)."""
    store.put("attendees", {"key": attendee_key(store, event_id, attendee.email),
                            **attendee.to_dict(), "event": event_id or home_event(store)})


__all__ = ["records_by_event", "pick", "put"]
