"""``invitees import --from-event ID``: last year's attendees become this year's invitees.

The attendees of an event the store holds (a past season's conference, or any other
event), in the states asked for (default: registered and paid, those who came), are
imported like the rows of an invitee file (``csvimport.plan_import``): name, title,
organisation, membership and language from their record; the same import twice changes
nothing, an invitee's later answers are never touched, opt-outs stay opted out. Left
out: addresses that bounced (they would bounce again) — counted and shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from inbox_agent.i18n import _, ngettext
from inbox_agent.invitations.csvimport import ImportPlan, Row, plan_import
from inbox_agent.outbox.optouts import TABLE as OPTOUTS
from inbox_agent.outbox.optouts import opted_out_keys
from inbox_agent.registrations import Attendee, State
from inbox_agent.store.events import records_of

if TYPE_CHECKING:
    from inbox_agent.store.db import Store

INVITEES = "invitees"
DEFAULT_STATES = (State.REGISTERED, State.PAID)


@dataclass(frozen=True)
class EventImport:
    """What importing an event's attendees read and changes."""

    event: str
    states: tuple[State, ...]
    read: int  # records of the event in those states
    bounced: tuple[str, ...]  # left out: their address is undeliverable
    plan: ImportPlan


def rows_of(attendees: Iterable[Attendee], states: Iterable[State]) -> tuple[list[Row], list[str]]:
    """Invitee rows for the attendees in ``states``, and the bounced addresses left out."""
    wanted = set(states)
    rows, bounced = [], []
    for n, a in enumerate(sorted(attendees, key=lambda a: a.email), 1):
        if a.state not in wanted:
            continue
        if a.bounced:
            bounced.append(a.email)
            continue
        rows.append(Row(line=n, email=a.email, name=a.name, title=a.title,
                        organization=a.organization, member=a.member, language=a.language))
    return rows, bounced


def import_event(store: "Store", event_id: str, now: datetime,
                 states: Iterable[State] = DEFAULT_STATES) -> EventImport:
    """Stage the attendees of ``event_id`` in ``states`` as invitees (the caller commits
    once: nothing is half-imported)."""
    states = tuple(states)
    people = [Attendee.from_dict({**r, "email": r.get("email") or r["key"]})
              for r in records_of(store, "attendees", event_id)]
    rows, bounced = rows_of(people, states)
    existing = {r["key"]: r for r in store.all(INVITEES)}
    plan = plan_import(existing, rows, source=f"event:{event_id}", at=now,
                       optout_keys=opted_out_keys(store.all(OPTOUTS)))
    store.put_many(INVITEES, plan.put)
    return EventImport(event_id, states, len(rows) + len(bounced), tuple(bounced), plan)


def event_import_text(outcome: EventImport, *, dry_run: bool = False) -> str:
    """What ``invitees import --from-event`` read and changed (or would), in words."""
    p = outcome.plan
    lines = [ngettext(
        "{n} attendee of the event {event} in the states {states}",
        "{n} attendees of the event {event} in the states {states}", outcome.read).format(
            n=outcome.read, event=outcome.event,
            states=", ".join(s.value for s in outcome.states))]
    if outcome.bounced:
        lines.append(_("Left out (address undeliverable): {emails}").format(
            emails=", ".join(outcome.bounced)))
    lines.append(_("New: {added}, changed: {updated}, unchanged: {unchanged}, skipped: {skipped}.")
                 .format(added=len(p.added), updated=len(p.updated), unchanged=p.unchanged,
                         skipped=len(outcome.bounced)))
    if p.opted_out:
        lines.append(ngettext("{n} of them opted out earlier and stays opted out: {emails}",
                              "{n} of them opted out earlier and stay opted out: {emails}",
                              len(p.opted_out)).format(n=len(p.opted_out),
                                                       emails=", ".join(p.opted_out)))
    if not p.changes:
        lines.append(_("Nothing to change: the list is up to date already."))
    elif dry_run:
        lines.append(_("Dry run: {n} entries would be saved; nothing was saved.").format(n=len(p.put)))
    return "\n".join(lines)


__all__ = ["DEFAULT_STATES", "EventImport", "rows_of", "import_event", "event_import_text"]
