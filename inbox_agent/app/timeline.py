"""The season simulator's output (``app.simulate``): one entry per event, told as a line
for a person or as one JSON object per line, and the list of attendees at the end.

The timeline is a rehearsal tool for the office and the developers; its words are
English and fixed (scripts and tests read them), whatever the staff language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from inbox_agent.app.season import MemoryMailbox, RecordingSender
from inbox_agent.invitations.invitees import Reach
from inbox_agent.registrations import Attendee, EventRules, State, compute_fee

# The order of the events of one moment: the mail, what it changed, what went out.
RANK = {"inbound": 0, "transition": 1, "outbound": 2}


@dataclass(frozen=True)
class Entry:
    """One line of the timeline. ``data`` holds the event's keys after ``at``/``event``."""

    at: datetime
    event: str  # inbound | transition | outbound
    data: tuple[tuple[str, Any], ...]

    def get(self, key: str) -> Any:
        return dict(self.data).get(key)


@dataclass
class SeasonResult:
    entries: list[Entry]
    attendees: list[Attendee]
    rules: EventRules
    first_day: date | None
    until: date
    not_replayed: list[str] = field(default_factory=list)  # files dated after --until
    mailbox: MemoryMailbox | None = None
    sender: RecordingSender | None = None
    reach: Reach | None = None  # the announcement's reach (with --invitees)

    def summary(self) -> dict[str, Any]:
        summary = {"event": "summary", "attendees": [_summary_row(a, self.rules) for a in self.attendees]}
        if self.reach is not None:
            summary["invitations"] = self.reach.as_dict()
        return summary

    def json_lines(self) -> Iterator[str]:
        """One JSON object per line, the summary last (see ``inbox-agent simulate``)."""
        for entry in self.entries:
            yield json.dumps({"at": _local_iso(entry.at, self.rules), "event": entry.event,
                              **dict(entry.data)}, ensure_ascii=False)
        yield json.dumps(self.summary(), ensure_ascii=False)

    def text_lines(self) -> Iterator[str]:
        """The timeline for a person: one line per event, local time, then the list."""
        for entry in self.entries:
            yield f"{_local(entry.at, self.rules):%Y-%m-%d %H:%M}  {entry.event:<10}  {_describe(entry)}"
        yield ""
        yield from self._summary_lines()

    def _summary_lines(self) -> Iterator[str]:
        """After the last day: the counts, one line per attendee, the reach, the rest."""
        rows = [_summary_row(a, self.rules) for a in self.attendees]
        taken = sum(a.places for a in self.attendees)
        waiting = sum(a.persons for a in self.attendees if a.state == State.WAITLISTED)
        yield (f"After {self.until.isoformat()}: {len(rows)} registration(s), "
               f"{taken} of {self.rules.capacity} place(s) taken, {waiting} person(s) waiting")
        if rows:
            width = max(len(r["email"]) for r in rows)
            nwidth = max(len(r["name"] or "-") for r in rows)
            for r in rows:
                fee = "-" if r["fee"] is None else f"{r['fee']} {self.rules.currency}"
                yield (f"  {r['email']:<{width}}  {r['name'] or '-':<{nwidth}}  {r['state']:<10}  "
                       f"{r['persons']} person(s)  {fee}")
        if self.reach is not None:
            r = self.reach
            yield (f"Invitees: {r.on_list}, invited {r.invited}, answered {r.answered} (pre-registered "
                   f"{r.pre_registered}, declined {r.declined}, opted out {r.opted_out}), bounced "
                   f"{r.bounced}, silent {r.silent}, invitation reminders sent {r.reminders_sent}")
        if self.not_replayed:
            yield f"Not replayed (dated after {self.until.isoformat()}): {', '.join(self.not_replayed)}"


def _summary_row(a: Attendee, rules: EventRules) -> dict[str, Any]:
    # The fee the confirmation fixed; for an option the fee it would come to; none for
    # those who hold no place (waiting, cancelled, lapsed, pending): what a cancelled
    # binding registration still owes is the office's decision, not the simulator's.
    fee: Decimal | None = None
    if a.state in (State.REGISTERED, State.PAID):
        fee = a.fee if a.fee is not None else compute_fee(a, rules)
    elif a.state == State.OPTION:
        fee = compute_fee(a, rules)
    return {"email": a.email, "name": a.display_name() if a.name else "", "state": a.state.value,
            "persons": a.persons, "fee": _number(fee)}


def _number(amount: Decimal | None) -> int | float | None:
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _local(at: datetime, rules: EventRules) -> datetime:
    return at.astimezone(rules.tz)


def _local_iso(at: datetime, rules: EventRules) -> str:
    return _local(at, rules).isoformat()


def _describe(entry: Entry) -> str:
    d = dict(entry.data)
    if entry.event == "inbound":
        return f"{d['file']}: {d['intent']} from {d['from'] or '(no sender)'}"
    if entry.event == "transition":
        return f"{d['email']}: {d['from'] or 'new'} -> {d['to']}  ({d['cause']})"
    return f"{d['kind']} to {d['to']}"


# -- the entries, as the run finds them ---------------------------------------------


def inbound(at: datetime, file: str, intent: str, sender: str) -> Entry:
    """A mail of the folder, as the poll understood it."""
    return Entry(at, "inbound", (("file", file), ("intent", intent), ("from", address_of(sender))))


def transition(at: datetime, email: str, from_state: str | None, to_state: str, cause: str) -> Entry:
    """An attendee's change of state and why."""
    return Entry(at, "transition", (("email", email), ("from", from_state), ("to", to_state),
                                    ("cause", cause)))


def outbound(at: datetime, kind: str, recipients: tuple[str, ...] | list[str]) -> Entry:
    """A mail that would have gone out."""
    return Entry(at, "outbound", (("kind", kind), ("to", ", ".join(recipients))))


def address_of(sender: str) -> str:
    """The address in ``Name <address>`` (the pipeline reports senders that way)."""
    match = re.search(r"<([^<>]*)>\s*$", sender)
    return (match[1] if match else sender).strip()


def with_files(entry: Entry, keys: dict[str, str]) -> Entry:
    """Causes name the mail by its file (``mail:05-absage.eml``), not its Message-ID."""
    if entry.event != "transition":
        return entry
    cause = entry.get("cause") or ""
    head, sep, key = cause.partition("mail:")
    if sep and key in keys:
        cause = f"{head}mail:{keys[key]}"
    return Entry(entry.at, entry.event, tuple((k, cause if k == "cause" else v) for k, v in entry.data))
