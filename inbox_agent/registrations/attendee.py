"""The attendee record, its states and its history.

States (DESIGN.md, "Attendee lifecycle"), plus ``pending`` for the cases the
configuration hands to a human (a late mail under the "staff" policy):

=============  ===========================================================  ============
state          meaning                                                      holds places
=============  ===========================================================  ============
pending        a late (pre-)registration waits for the office's decision    no
option         pre-registered; a place is reserved until the deadline       yes
               (with ``binding_at``: registered bindingly, details missing;
               never lapses, goes to staff at the deadline)
waitlisted     wants to come, no place yet; ordered by time of entry        no
registered     binding registration with payment agreement                  yes
paid           registered and the fee has been received                     yes
cancelled      withdrew (by mail or by the office)                          no
lapsed         the option's deadline passed without a binding registration  no
=============  ===========================================================  ============

A record holds one place per *person* (group registrations). Every change of state is
a ``Transition`` with its time and cause; the current ``state`` is kept next to that
history so the store can query it, and ``history[-1].to_state == state`` always holds.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from inbox_agent.errors import InboxAgentError
from inbox_agent.registrations.labels import STATE_LABELS, state_label, state_reason


class TransitionError(InboxAgentError, ValueError):
    """A staff action asked for something the lifecycle does not allow."""


class State(enum.StrEnum):
    PENDING = "pending"
    OPTION = "option"
    WAITLISTED = "waitlisted"
    REGISTERED = "registered"
    PAID = "paid"
    CANCELLED = "cancelled"
    LAPSED = "lapsed"

    @property
    def holds_place(self) -> bool:
        return self in HOLDS_PLACE

    @property
    def ended(self) -> bool:
        """Cancelled or lapsed: a new mail from this address starts over."""
        return self in ENDED


HOLDS_PLACE = frozenset({State.OPTION, State.REGISTERED, State.PAID})
ENDED = frozenset({State.CANCELLED, State.LAPSED})


# How the office calls each state in German: the German catalogue's words for
# ``STATE_LABELS`` (``state_label`` says them in the staff language; a test keeps the two
# equal). Kept for the modules that still print German directly.
STATE_DE: dict[str, str] = {
    "pending": "wartet auf Entscheidung",
    "option": "Option (vorangemeldet)",
    "waitlisted": "Warteliste",
    "registered": "verbindlich angemeldet",
    "paid": "bezahlt",
    "cancelled": "storniert",
    "lapsed": "verfallen",
}


@dataclass(frozen=True)
class Transition:
    """One change of state. ``cause`` names what did it: ``mail:<key>``,
    ``deadline:<date>``, ``promotion:<cause>`` or ``staff:<who>``; ``detail`` says why
    in words (for the digest and the CLI)."""

    at: datetime
    from_state: State | None  # None for the record's first transition
    to_state: State
    cause: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": _dt_out(self.at),
            "from": self.from_state.value if self.from_state else None,
            "to": self.to_state.value,
            "cause": self.cause,
            "detail": self.detail,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Transition":
        return cls(
            at=_dt_in(data["at"]),
            from_state=State(data["from"]) if data.get("from") else None,
            to_state=State(data["to"]),
            cause=data["cause"],
            detail=data.get("detail", ""),
        )


@dataclass(frozen=True)
class Payment:
    """Money the office has received (entered by staff)."""

    at: datetime
    amount: Decimal
    by: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"at": _dt_out(self.at), "amount": str(self.amount), "by": self.by, "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Payment":
        return cls(_dt_in(data["at"]), Decimal(data["amount"]), data["by"], data.get("note", ""))


@dataclass(frozen=True)
class Note:
    """A remark about the attendee: by staff, or by the system (e.g. a bounce)."""

    at: datetime
    by: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"at": _dt_out(self.at), "by": self.by, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Note":
        return cls(_dt_in(data["at"]), data["by"], data["text"])


@dataclass(frozen=True)
class Attendee:
    """One registration (a person, or a group under one contact address).

    ``email`` is the key, lower-case. ``fee`` and ``payment_due`` are fixed when the
    registration becomes binding: they are what the confirmation told the attendee,
    and a later change of the configuration does not rewrite that agreement.
    ``option_deadline`` is the day by which an option must become binding (the
    registration deadline, or later for someone promoted from the waiting list).
    ``form_received_at`` is set when a complete binding form arrived while no place
    was free: that form becomes the binding registration when the person is promoted.
    ``reminders_sent`` holds the keys of reminders that went out ("registration-14",
    "payment-7"); ``reminders_skipped`` those that will never go out (the daemon was
    down on the day, or the option began after it). Both together are "done".
    ``thread`` holds the Message-IDs of the attendee's mails, oldest first, so later
    mails to them can be threaded under their first one.
    """

    email: str
    state: State
    name: str = ""
    title: str = ""
    organization: str = ""
    member: bool | None = None
    persons: int = 1
    people: tuple[str, ...] = ()
    invoice_address: str = ""
    payment_agreement: bool | None = None
    language: str = "de"
    history: tuple[Transition, ...] = ()
    reminders_sent: frozenset[str] = frozenset()
    reminders_skipped: frozenset[str] = frozenset()
    bounced: bool = False
    thread: tuple[str, ...] = ()
    option_deadline: date | None = None
    form_received_at: datetime | None = None
    fee: Decimal | None = None
    payment_due: date | None = None
    payments: tuple[Payment, ...] = ()
    notes: tuple[Note, ...] = field(default=())
    # A binding registration arrived at this time (or a mail that said "verbindlich"):
    # such an option never lapses; at its deadline it goes to staff instead.
    binding_at: datetime | None = None
    # What a binding registration still lacks after merging all we know; asked once.
    details_missing: tuple[str, ...] = ()
    # Fields whose value is a guess (organisation from the mail domain).
    guessed: tuple[str, ...] = ()
    # The membership of each of ``people`` (same order; None: not said): the fee and
    # the invoice's lines are per person (issue 16).
    people_members: tuple[bool | None, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "email", self.email.strip().lower())
        object.__setattr__(self, "state", State(self.state))
        if self.persons < 1:
            raise ValueError(f"{self.email}: persons must be at least 1, got {self.persons}")

    # --- derived -----------------------------------------------------------------------

    @property
    def places(self) -> int:
        """Places this record holds right now (one per person, or none)."""
        return self.persons if self.state.holds_place else 0

    @property
    def since(self) -> datetime | None:
        """When the current state began."""
        return self.history[-1].at if self.history else None

    def entered(self, state: State) -> datetime | None:
        """When the record last entered ``state`` (None if it never did)."""
        for t in reversed(self.history):
            if t.to_state == state:
                return t.at
        return None

    @property
    def waitlisted_since(self) -> datetime | None:
        return self.entered(State.WAITLISTED) if self.state == State.WAITLISTED else None

    @property
    def thread_root(self) -> str | None:
        return self.thread[0] if self.thread else None

    @property
    def paid_total(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal(0))

    @property
    def balance(self) -> Decimal | None:
        """What is still owed (None while no fee is fixed)."""
        if self.fee is None:
            return None
        return max(self.fee - self.paid_total, Decimal(0))

    def reminder_done(self, key: str) -> bool:
        return key in self.reminders_sent or key in self.reminders_skipped

    def display_name(self) -> str:
        return " ".join(p for p in (self.title, self.name) if p) or self.email

    # --- changes (each returns a new record) --------------------------------------------

    def moved(self, to: State, at: datetime, cause: str, detail: str = "") -> "Attendee":
        """This record in state ``to``, with the transition appended to its history."""
        t = Transition(_utc(at), self.state if self.history else None, State(to), cause, detail)
        return replace(self, state=State(to), history=(*self.history, t))

    def with_thread(self, message_id: str | None) -> "Attendee":
        if not message_id or message_id in self.thread:
            return self
        return replace(self, thread=(*self.thread, message_id))

    def with_note(self, at: datetime, by: str, text: str) -> "Attendee":
        return replace(self, notes=(*self.notes, Note(_utc(at), by, text)))

    # --- store round trip ---------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (datetimes and dates as ISO 8601, money as strings)."""
        return {
            "email": self.email,
            "state": self.state.value,
            "name": self.name,
            "title": self.title,
            "organization": self.organization,
            "member": self.member,
            "persons": self.persons,
            "people": list(self.people),
            "invoice_address": self.invoice_address,
            "payment_agreement": self.payment_agreement,
            "language": self.language,
            "history": [t.to_dict() for t in self.history],
            "reminders_sent": sorted(self.reminders_sent),
            "reminders_skipped": sorted(self.reminders_skipped),
            "bounced": self.bounced,
            "thread": list(self.thread),
            "option_deadline": self.option_deadline.isoformat() if self.option_deadline else None,
            "form_received_at": _dt_out(self.form_received_at) if self.form_received_at else None,
            "fee": str(self.fee) if self.fee is not None else None,
            "payment_due": self.payment_due.isoformat() if self.payment_due else None,
            "payments": [p.to_dict() for p in self.payments],
            "notes": [n.to_dict() for n in self.notes],
            "binding_at": _dt_out(self.binding_at) if self.binding_at else None,
            "details_missing": list(self.details_missing),
            "guessed": list(self.guessed),
            # Only when given (a record from before issue 16 reads back as it was).
            **({"people_members": list(self.people_members)} if self.people_members else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Attendee":
        """The inverse of ``to_dict``; missing optional keys take their defaults."""
        opt_date = data.get("option_deadline")
        form_at = data.get("form_received_at")
        fee = data.get("fee")
        due = data.get("payment_due")
        return cls(
            email=data["email"],
            state=State(data["state"]),
            name=data.get("name", ""),
            title=data.get("title", ""),
            organization=data.get("organization", ""),
            member=data.get("member"),
            persons=int(data.get("persons", 1)),
            people=tuple(data.get("people", ())),
            invoice_address=data.get("invoice_address", ""),
            payment_agreement=data.get("payment_agreement"),
            language=data.get("language", "de"),
            history=tuple(Transition.from_dict(t) for t in data.get("history", ())),
            reminders_sent=frozenset(data.get("reminders_sent", ())),
            reminders_skipped=frozenset(data.get("reminders_skipped", ())),
            bounced=bool(data.get("bounced", False)),
            thread=tuple(data.get("thread", ())),
            option_deadline=date.fromisoformat(opt_date) if opt_date else None,
            form_received_at=_dt_in(form_at) if form_at else None,
            fee=Decimal(fee) if fee is not None else None,
            payment_due=date.fromisoformat(due) if due else None,
            payments=tuple(Payment.from_dict(p) for p in data.get("payments", ())),
            notes=tuple(Note.from_dict(n) for n in data.get("notes", ())),
            binding_at=_dt_in(data["binding_at"]) if data.get("binding_at") else None,
            details_missing=tuple(data.get("details_missing", ())),
            guessed=tuple(data.get("guessed", ())),
            people_members=tuple(data.get("people_members", ())),
        )


# --- capacity and the waiting list ---------------------------------------------------


def places_taken(attendees: Iterable[Attendee]) -> int:
    """Persons holding a place (options, registered, paid)."""
    return sum(a.places for a in attendees)


def free_places(attendees: Iterable[Attendee], capacity: int) -> int:
    """Places still free; never negative (the office may have overbooked by hand)."""
    return max(capacity - places_taken(attendees), 0)


def waiting_list(attendees: Iterable[Attendee]) -> list[Attendee]:
    """The waitlisted records in order: who entered the list first comes first.

    The order is derived from the time of the transition into ``waitlisted`` (the
    mail's arrival at the server), with the address as a stable tie-breaker.
    """
    waiting = [a for a in attendees if a.state == State.WAITLISTED]
    far = datetime.max.replace(tzinfo=timezone.utc)
    return sorted(waiting, key=lambda a: (a.waitlisted_since or far, a.email))


def waitlist_position(attendees: Iterable[Attendee], email: str) -> int | None:
    """1-based position of ``email`` on the waiting list, or None if not on it."""
    key = email.strip().lower()
    for i, a in enumerate(waiting_list(attendees), start=1):
        if a.email == key:
            return i
    return None


# --- helpers ---------------------------------------------------------------------------


def _utc(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError(f"need a timezone-aware datetime, got {at!r}")
    return at.astimezone(timezone.utc)


def _dt_out(at: datetime) -> str:
    return _utc(at).isoformat()


def _dt_in(text: str) -> datetime:
    return _utc(datetime.fromisoformat(text))


__all__ = [
    "STATE_DE",
    "STATE_LABELS",
    "state_label",
    "state_reason",
    "State",
    "HOLDS_PLACE",
    "ENDED",
    "Transition",
    "Payment",
    "Note",
    "Attendee",
    "TransitionError",
    "places_taken",
    "free_places",
    "waiting_list",
    "waitlist_position",
]
