"""The poll's part of events: each mail's event, the lists per event, last season's
records as what the office knows (``registrations.routing`` decides; this looks up).

``Book`` is the attendee lists of the configured events, loaded once per poll and kept
current as mails are decided (event id -> address -> record).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from inbox_agent.i18n import N_
from inbox_agent.model import Fields, Intent, Mail, Reason, Verdict
from inbox_agent.registrations import Attendee, Decision, HumanTask
from inbox_agent.registrations.roster import Roster
from inbox_agent.registrations.known import known_from_told, known_with_records, told_by
from inbox_agent.registrations.routing import Route, route
from inbox_agent.services import Services
from inbox_agent.store.db import Store
from inbox_agent.store.events import attendee_records, event_of, home_event, records_of
from inbox_agent.understanding.events import named_events

Book = dict[str, Roster]  # each list keeps its place counts (registrations.roster)

# Mails no person wrote, and opt-outs: nothing in them is one event's, nobody is asked.
_NOT_ABOUT_AN_EVENT = frozenset({Intent.AUTO_REPLY, Intent.BULK, Intent.BOUNCE, Intent.OPT_OUT})


@dataclass(frozen=True)
class Target:
    """One event a mail is decided for (a bounce: every event that lists the address)."""

    event: str
    how: str


def book(services: Services) -> Book:
    """Every configured event's attendee list, by address."""
    return {rules.id: Roster((r["email"], Attendee.from_dict(r)) if "email" in r
                             else (r["key"], _legacy(r))
                             for r in records_of(services.store, "attendees", rules.id))
            for rules in services.events}


def _legacy(record: dict) -> Attendee:
    return Attendee.from_dict({**record, "email": record["key"]})


def targets(services: Services, mail: Mail, verdict: Verdict, lists: Book) -> tuple[Route, list[Target]]:
    """Where ``mail`` goes: its route, and the events to decide it for (none: staff
    decide which; the caller plans the task ``which_event``)."""
    # Judged when the mail reached the server, as every deadline is.
    events, at = services.events, mail.received_at
    if len(events) == 1:  # every mail is the one event's: no thread, names or lists to ask
        found = route(events, at, verdict.intent, thread=None, named=(), records={})
        return found, [Target(events.first.id, found.how)]
    writer = mail.sender.key if mail.sender else ""
    found = route(events, at, verdict.intent,
                  thread=thread_event(services.store, mail),
                  named=named_events(mail.subject, mail.text, events.open_at(at)),
                  records={i: lists.get(i, {}).get(writer) for i in events.ids})
    if verdict.intent is Intent.BOUNCE and len(events) > 1:
        bounced = {a.strip().lower() for a in verdict.bounced_addresses}
        listed = [i for i in events.ids if bounced & set(lists.get(i, {}))]
        if listed:  # a bounce marks the address on every list that holds it
            return found, [Target(i, "bounce") for i in listed]
    if found.event is not None:
        return found, [Target(found.event, found.how)]
    if verdict.intent in _NOT_ABOUT_AN_EVENT:
        return found, [Target(events.first.id, "machine")]
    return found, []


def thread_event(store: Store, mail: Mail) -> str | None:
    """The event of the mail of ours that ``mail`` answers (In-Reply-To first, then the
    References from the newest); None if it answers none we sent."""
    home = home_event(store)
    for message_id in (*mail.in_reply_to, *reversed(mail.references)):
        entry = store.get("outbox", message_id)
        if entry is not None and entry.get("kind") not in ("digest", "staff_reply"):
            return event_of(entry, home) or None
    return None


def which_event(mail: Mail, found: Route, names: dict[str, str]) -> Decision:
    """No event could be told: the office is asked, nothing is answered."""
    sender = mail.sender.key if mail.sender else ""
    named = ", ".join(names.get(i, i) for i in found.named)
    if named:
        summary = Reason.of(N_("Which event? {sender} names several (“{subject}”): {events}. "
                               "Not answered: please answer by hand."),
                            sender=str(mail.sender or sender), subject=mail.subject, events=named)
    else:
        summary = Reason.of(N_("Which event? {sender} names none of the open events "
                               "(“{subject}”). Not answered: please answer by hand."),
                            sender=str(mail.sender or sender), subject=mail.subject)
    return Decision(needs_human=(HumanTask("which_event", sender, summary),))


def known(store: Store, mail: Mail, lists: Book, event_id: str) -> Fields | None:
    """What the office knows about the writer: their earlier mails (message records,
    every event's), then their records in other events (last year's conference)."""
    emails = [a.key for a in (mail.sender, *mail.reply_to) if a is not None and a.key]
    # Kept per writer by the store (find_each): no decoding of all their earlier mails.
    told = (t for e in dict.fromkeys(emails) for t in store.find_each("messages", "email", e, told_by))
    from_mails = known_from_told(told, emails)
    return known_with_records(from_mails, other_records(store, emails, event_id))


def other_records(store: Store, emails: Iterable[str], event_id: str) -> list[Attendee]:
    """The writer's attendee records in events other than ``event_id``."""
    home = home_event(store)
    out = []
    for email in dict.fromkeys(emails):
        for record in attendee_records(store, email):
            if event_of(record, home) != (event_id or home):
                out.append(Attendee.from_dict(record))
    return out


__all__ = ["Book", "Target", "book", "targets", "thread_event", "which_event", "known",
           "other_records"]
