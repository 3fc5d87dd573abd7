"""Where each invitee stands, and how far the announcement got (pure).

Derived, never stored twice, from the invitee record, the attendees, the opt-outs and
the outbox: the announcement and each reminder are outbox entries with deterministic
Message-IDs (``announcement_id``, ``reminder_id``). An invitee who pre-registers is
found among the attendees by the same address, or from another address through a
match (``matching``). ``announcement_reach`` sums it up for the digest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from inbox_agent.outbox.optouts import optout_key
from inbox_agent.registrations.decision import make_message_id
from inbox_agent.registrations.rules import EventRules

ANNOUNCEMENT = "announcement"
REMINDER = "invitation_reminder"
# The kinds of mail this module plans (templates/<lang>/<kind>.txt.j2 and .html.j2).
MAIL_KINDS = (ANNOUNCEMENT, REMINDER)
# Attendee states that count as a binding registration.
_BINDING = frozenset({"registered", "paid"})


def announcement_id(email: str, rules: EventRules) -> str:
    """The Message-ID of the announcement to ``email`` (one per event and address)."""
    return make_message_id(ANNOUNCEMENT, f"announcement|{rules.name}|{email.strip().lower()}",
                           rules.message_id_domain)


def reminder_id(email: str, step: int, rules: EventRules) -> str:
    """The Message-ID of reminder step ``step`` (days before the deadline) to ``email``."""
    return make_message_id(REMINDER, f"invitation-reminder|{rules.name}|{email.strip().lower()}|{step}",
                           rules.message_id_domain)


@dataclass(frozen=True)
class Standing:
    """Where one invitee stands now (derived; see the module docstring)."""

    email: str
    name: str
    organization: str
    member: bool | None
    language: str
    announcement: str | None  # outbox status: planned, sent, failed, suppressed; None: not yet
    announced_at: datetime | None  # when it was sent
    opted_out: bool
    bounced: bool
    attendee: str | None  # the attendee record this invitee is (same or matched address)
    attendee_state: str | None
    match: str  # "" | "same address" | "proposed" | "confirmed" (another address)
    answered: bool  # wrote to us (any mail by a human) since being on the list
    declined: bool  # wrote that they will not come, holding no registration
    reminders: tuple[int, ...]  # reminder steps recorded in the outbox

    @property
    def pre_registered(self) -> bool:
        return self.attendee is not None

    @property
    def registered(self) -> bool:
        return self.attendee_state in _BINDING

    @property
    def invited(self) -> bool:
        return self.announcement == "sent"

    @property
    def responded(self) -> bool:
        """Any answer at all: a mail, a pre-registration, a refusal, an opt-out."""
        return self.answered or self.pre_registered or self.declined or self.opted_out

    @property
    def status(self) -> str:
        """One word for lists: what matters most about this invitee."""
        if self.opted_out:
            return "opted out"
        if self.registered:
            return "registered"
        if self.pre_registered:
            return "pre-registered" + (" (match to confirm)" if self.match == "proposed" else "")
        if self.bounced:
            return "bounced"
        if self.declined:
            return "declined"
        if self.announcement is None:
            return "not announced"
        if self.announcement != "sent":
            return f"announcement {self.announcement}"
        return "answered" if self.answered else "silent"


def standings(
    invitees: Iterable[Mapping[str, Any]],
    attendees: Iterable[Mapping[str, Any]],
    optout_keys: frozenset[str],
    outbox: Mapping[str, Mapping[str, Any]],
    rules: EventRules,
    steps: Iterable[int] = (),
) -> list[Standing]:
    """Where every invitee stands, in address order. ``attendees`` are attendee store
    records (``Attendee.to_dict()``), ``outbox`` maps Message-ID -> outbox record,
    ``steps`` are the configured reminder steps (to list the reminders recorded)."""
    steps = tuple(sorted(set(steps), reverse=True))
    by_email = {a["email"]: a for a in attendees}
    out = []
    for inv in sorted(invitees, key=lambda r: r["email"]):
        email = inv["email"]
        attendee = by_email.get(email)
        how = "same address" if attendee else ""
        match = inv.get("match") or {}
        if attendee is None and match.get("status") in ("proposed", "confirmed"):
            attendee = by_email.get(match.get("attendee", ""))
            how = match["status"] if attendee else ""
        entry = outbox.get(announcement_id(email, rules))
        sent_at = entry.get("sent_at") if entry and entry.get("status") == "sent" else None
        failed = bool(entry and entry.get("status") == "failed")
        out.append(Standing(
            email=email,
            name=inv.get("name") or "",
            organization=inv.get("organization") or "",
            member=inv.get("member"),
            language=inv.get("language") or "de",
            announcement=entry.get("status") if entry else None,
            announced_at=datetime.fromisoformat(sent_at) if sent_at else None,
            opted_out=optout_key(email) in optout_keys,
            bounced=bool(inv.get("bounced_at")) or failed,
            attendee=attendee["email"] if attendee else None,
            attendee_state=attendee.get("state") if attendee else None,
            match=how,
            answered=bool(inv.get("answered_at")),
            declined=bool(inv.get("declined_at")),
            reminders=tuple(n for n in steps if reminder_id(email, n, rules) in outbox),
        ))
    return out


@dataclass(frozen=True)
class Reach:
    """How far the announcement got, for the morning digest.

    ``on_list`` invitees; ``invited`` of them got the announcement; ``answered`` (of all
    on the list, invited or not yet) responded in any way (a mail, a pre-registration,
    a refusal, an opt-out); of those
    ``pre_registered`` (``registered`` of them bindingly), ``declined``, ``opted_out``;
    ``bounced`` could not be reached; ``silent`` got it and have not answered;
    ``not_announced`` are on the list without an announcement yet. ``days_left`` to the
    pre-registration ``deadline`` (0 on the day itself; negative once it passed).
    """

    on_list: int
    invited: int
    answered: int
    pre_registered: int
    registered: int
    declined: int
    opted_out: int
    bounced: int
    silent: int
    not_announced: int
    reminders_sent: int
    deadline: date
    days_left: int
    passed: bool
    to_confirm: int = 0  # pre-registrations from another address waiting for staff

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "deadline": self.deadline.isoformat()}


def announcement_reach(
    invitees: Iterable[Mapping[str, Any]],
    attendees: Iterable[Mapping[str, Any]],
    optouts: Iterable[Mapping[str, Any]],
    outbox: Iterable[Mapping[str, Any]],
    rules: EventRules,
    now: datetime,
) -> Reach:
    """The reach of the announcement from the store's records (tables ``invitees``,
    ``attendees``, ``optouts``, ``outbox``), the event's rules and the time."""
    by_id = {e["key"]: e for e in outbox}
    found = standings(invitees, attendees, frozenset(r["key"] for r in optouts), by_id, rules)
    deadline = rules.pre_registration_deadline
    sent_reminders = sum(1 for e in by_id.values() if e.get("kind") == REMINDER and e.get("status") == "sent")
    return Reach(
        on_list=len(found),
        invited=sum(s.invited for s in found),
        answered=sum(s.responded for s in found),
        pre_registered=sum(s.pre_registered for s in found),
        registered=sum(s.registered for s in found),
        declined=sum(s.declined and not s.pre_registered for s in found),
        opted_out=sum(s.opted_out for s in found),
        bounced=sum(s.bounced for s in found),
        silent=sum(s.invited and not s.responded and not s.bounced for s in found),
        not_announced=sum(s.announcement is None for s in found),
        reminders_sent=sent_reminders,
        deadline=deadline,
        days_left=(deadline - rules.local_date(now)).days,
        passed=now >= rules.deadline_end(deadline),
        to_confirm=sum(s.match == "proposed" for s in found),
    )
