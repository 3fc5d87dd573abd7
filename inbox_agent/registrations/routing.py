"""Each mail to its event, never a guess: ``route``.

With one event configured every mail is that event's (as before there were events).
With several, in this order (an *open* event is one that has not ended, ``events.stage``):

1. a reply to a mail we sent (In-Reply-To / References -> the outbox entry) belongs to
   that mail's event, if it is open — unless the sender's own words name exactly one
   other open event (someone answering the workshop's confirmation "and I'd like to
   come to the conference too" writes about the conference);
2. a mail that names exactly one open event (``understanding.events``) belongs to it;
3. a mail about a registration someone holds (a binding registration, a cancellation,
   a question, anything but a pre-registration) from an address that is on exactly one
   open event's list (waiting, holding a place; for a binding registration: an option or
   the waiting list) belongs to that event;
4. with only one event taking registrations (before its registration deadline; if none
   does: only one open event), the mail belongs to it;
5. otherwise staff decide ("Welche Veranstaltung?"): no automatic answer.

Pure: the pipeline looks the thread up in the outbox and the writer on the lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from inbox_agent.model import Intent
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.events import Events

# How a mail found its event (kept in the message record, shown by ``classify --json``).
HOW = ("single", "thread", "named", "record", "only", "ambiguous", "unknown")

# The states that make "a registration someone holds" for each intent (rule 3).
_HOLDING = frozenset({State.PENDING, State.OPTION, State.WAITLISTED, State.REGISTERED, State.PAID})
_FORM_ON = frozenset({State.PENDING, State.OPTION, State.WAITLISTED})


@dataclass(frozen=True)
class Route:
    """Where a mail goes: ``event`` (an id) or None (staff decide); ``how`` one of
    ``HOW``; ``named`` the open events the mail named."""

    event: str | None
    how: str
    named: tuple[str, ...] = ()


def route(events: Events, now: datetime, intent: Intent, *, thread: str | None,
          named: Iterable[str], records: Mapping[str, Attendee | None]) -> Route:
    """Which event the mail belongs to (module docstring). ``thread``: the event of the
    mail it answers (None: it answers none of ours, or one from before events);
    ``named``: the events its words name; ``records``: the writer's record per event."""
    if len(events) == 1:
        return Route(events.first.id, "single")
    open_ids = [r.id for r in events.open_at(now)]
    named_open = tuple(i for i in named if i in open_ids)
    if thread in open_ids:
        others = [i for i in named_open if i != thread]
        if len(others) == 1 and len(named_open) == 1:
            return Route(others[0], "named", named_open)
        return Route(thread, "thread", named_open)
    if len(named_open) == 1:
        return Route(named_open[0], "named", named_open)
    if len(named_open) > 1:
        return Route(None, "ambiguous", named_open)
    if intent is not Intent.PRE_REGISTRATION:
        wanted = _FORM_ON if intent is Intent.REGISTRATION else _HOLDING
        holding = [i for i in open_ids if (a := records.get(i)) is not None and a.state in wanted]
        if len(holding) == 1:
            return Route(holding[0], "record")
    taking = [r.id for r in events.taking_registrations(now)] or open_ids
    if len(taking) == 1:
        return Route(taking[0], "only")
    return Route(None, "unknown")


__all__ = ["HOW", "Route", "route"]
