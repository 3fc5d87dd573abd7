"""The event sections of config.toml: one ``[event]`` as always, or several ``[[event]]``.

One event (the file every office has written so far, unchanged)::

    [event]                       # id optional: made from the name and the year
    name = "VSOP-Jahrestagung 2025"
    ...
    [deadlines] / [fees] / [policy] / [payment] / [replies.attachments]

Several events open at once (or this year's and next year's conference side by side)::

    [fees]                        # the top-level sections are every event's defaults
    member = 250
    [[event]]
    id = "jt2026"                 # required with [[event]]: it names the event's list
    name = "VSOP-Jahrestagung 2026"
    ...
    [event.deadlines]             # what differs for this event; keys not given here
    registration = 2026-07-03     # come from the top-level [deadlines]
    [event.fees] / [event.payment] / [event.policy] / [event.attachments]

Every event gets an ``EventSetup``: its ``Event`` and its sections with the defaults laid
under them (key by key; ``[event.attachments]`` kind by kind over ``[replies.attachments]``).
``Config.events`` gives them in file order; ``Config.event``, ``.deadlines``, ``.fees``,
``.policy`` and ``.payment`` stay what they were for a single ``[event]`` (with
``[[event]]``: ``event`` is the first one, the others the top-level defaults).

The id (``Event.id``) is what the store files an event's attendees, mails and tasks
under, so it must not change during a season. Without an ``id`` key a single ``[event]``
gets one made from its name and the year it starts: "VSOP-Jahrestagung 2025" ->
``vsop-jahrestagung-2025`` (umlauts spelt out, other signs dropped, the year appended if
the name does not contain it). Replacing the event by next year's conference therefore
starts a new list on its own; renaming an event in the middle of its season does too,
unless ``id`` is set to the old id (``inbox-agent events`` shows the ids the store knows).

This module and ``config`` are the only ones that import pydantic.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# An event id: what the store keeps with every record of the event ("jt2026").
EventId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,47}$")]

# The sections an [[event]] may hold for itself; the top-level ones are the defaults.
EVENT_SECTIONS = ("deadlines", "fees", "policy", "payment")


class Section(BaseModel):
    """A table of config.toml: unknown keys are errors, values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Event(Section):
    id: EventId | Literal[""] = ""  # "" in the file: made from name and year (see above)
    name: str = Field(min_length=1)
    title: str = Field(min_length=1)
    starts: date
    ends: date
    start_time: str = ""
    end_time: str = ""
    venue: str = Field(min_length=1)
    capacity: Annotated[int, Field(ge=1)]
    timezone: str = "Europe/Berlin"
    # After the event ends, its personal data is kept this many months, then erased
    # (GDPR Art. 5(1)(e); anonymous counts stay).
    retention_months: Annotated[int, Field(ge=1, le=120)] = 12

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use a name like 'Europe/Berlin')")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> "Event":
        if self.ends < self.starts:
            raise ValueError("'ends' is before 'starts'")
        if not self.id:
            return self.model_copy(update={"id": derived_id(self.name, self.starts)})
        return self


class Fees(Section):
    member: Annotated[float, Field(ge=0)] = 250
    non_member: Annotated[float, Field(ge=0)] = 300
    currency: str = "EUR"


class Deadlines(Section):
    pre_registration: date
    registration: date
    # days before the registration deadline on which open options are reminded
    reminder_days: tuple[Annotated[int, Field(ge=0, le=365)], ...] = (14, 7, 2)
    # days before the pre-registration deadline on which silent invitees are reminded
    pre_registration_reminder_days: tuple[Annotated[int, Field(ge=0, le=365)], ...] = (7, 1)
    # the local hour from which a day's reminders and payment reminders go out
    reminder_hour: Annotated[int, Field(ge=0, le=23)] = 8

    @model_validator(mode="after")
    def _ordered(self) -> "Deadlines":
        if self.registration < self.pre_registration:
            raise ValueError("'registration' is before 'pre_registration'")
        return self


class Policy(Section):
    late_pre_registration: Literal["accept", "waitlist", "staff"] = "staff"
    after_registration_deadline: Literal["staff", "waitlist", "decline"] = "staff"


class Payment(Section):
    due_days: Annotated[int, Field(ge=0, le=365)] = 14
    reminder_days: tuple[Annotated[int, Field(ge=0, le=365)], ...] = (7, 21)
    account_holder: str = ""
    iban: str = ""
    bic: str = ""
    reference: str = "{event} {name}"


class EventSetup(Section):
    """One event with its own sections, the defaults laid under them."""

    event: Event
    deadlines: Deadlines
    fees: Fees = Fees()
    policy: Policy = Policy()
    payment: Payment = Payment()
    # kind of mail -> files attached to it ([replies.attachments], then [event.attachments])
    attachments: dict[str, tuple[Path, ...]] = Field(default_factory=dict)
    # False for an [[event]] table without ``id`` (an error: ``check_ids``).
    id_given: bool = True

    @property
    def id(self) -> str:
        return self.event.id


def derived_id(name: str, starts: date) -> str:
    """The id of an event without one: its name as a slug, with the starting year."""
    spelt = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    ascii_ = unicodedata.normalize("NFKD", spelt).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")[:40].strip("-") or "event"
    year = str(starts.year)
    return slug if year in slug else f"{slug}-{year}"


def spread(data: Any) -> Any:
    """Before validation: ``[[event]]`` tables become ``event_tables`` (each with the top-level
    sections laid under its own), and the first one stands in for ``[event]`` and for the
    top-level sections the file leaves out. A single ``[event]`` is left as it is."""
    if not isinstance(data, dict) or not isinstance(data.get("event"), list):
        return data
    entries = [e for e in data["event"] if isinstance(e, dict)]
    setups = [setup_of(entry, data) for entry in entries]
    out = {**data, "event_tables": setups}
    if setups:
        out["event"] = setups[0]["event"]
        for section in EVENT_SECTIONS:
            if section not in data and section in setups[0]:
                out[section] = setups[0][section]
    return out


def setup_of(entry: dict, data: dict) -> dict:
    """One ``[[event]]`` table as an ``EventSetup``'s raw values."""
    own = {k: v for k, v in entry.items() if k not in (*EVENT_SECTIONS, "attachments")}
    setup: dict[str, Any] = {"event": own, "id_given": bool(entry.get("id"))}
    for section in EVENT_SECTIONS:
        base, mine = data.get(section), entry.get(section)
        if isinstance(base, dict) and isinstance(mine, dict):
            setup[section] = {**base, **mine}
        elif mine is not None or base is not None:
            setup[section] = mine if mine is not None else base
    replies = data.get("replies") if isinstance(data.get("replies"), dict) else {}
    base_files, mine_files = replies.get("attachments") or {}, entry.get("attachments") or {}
    if isinstance(base_files, dict) and isinstance(mine_files, dict):
        setup["attachments"] = {**base_files, **mine_files}
    else:
        setup["attachments"] = mine_files
    return setup


def check_ids(setups: tuple[EventSetup, ...]) -> None:
    """``[[event]]`` tables each name their ``id``, and no two the same."""
    seen: set[str] = set()
    for number, setup in enumerate(setups, 1):
        if not setup.id_given:
            raise ValueError(f'[[event]] number {number} ({setup.event.name!r}) needs an id, '
                             f'e.g. id = "{setup.id}": the store files its attendees under it')
        if setup.id in seen:
            raise ValueError(f"two events have the id {setup.id!r}: each [[event]] needs its own")
        seen.add(setup.id)


def single_setup(event: Event, deadlines: Deadlines, fees: Fees, policy: Policy,
                 payment: Payment, attachments: dict[str, tuple[Path, ...]]) -> EventSetup:
    """The one event of a file with a single ``[event]``: the top-level sections."""
    return EventSetup(event=event, deadlines=deadlines, fees=fees, policy=policy,
                      payment=payment, attachments=attachments)


__all__ = ["Event", "EventId", "EventSetup", "Fees", "Deadlines", "Policy", "Payment",
           "Section", "derived_id", "spread", "setup_of", "check_ids", "single_setup",
           "EVENT_SECTIONS"]
