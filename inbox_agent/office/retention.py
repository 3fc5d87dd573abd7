"""Retention (GDPR Art. 5(1)(e)): an event's personal data is kept ``retention_months``
after it ends, then erased; anonymous counts stay.

What the office sees: ``inbox-agent events`` lists every event with its stage (open,
closed, past, erased), its dates, its counts and the day its data will be erased
(``overview``; ``events --json`` has it as ``erase_on``, and what would be erased as
``would_erase``: the dry-run view). The morning digest announces the erasure from 14
days before (``notices``). The daemon's due jobs erase an event on its day
(``run_due``): the event's attendee records and the office's tasks about it are
deleted; its message records and outbox entries keep only their keys and technical
fields (so nothing is answered twice), as ``forget`` does for one person
(``office.forget.blank_records``); untagged records naming one of its people who is on
no other event's list are blanked too; the store's files are rewritten so no earlier
copy keeps the data. It is irreversible, so it runs only when the clock says it is due,
once per event: the record ``retention:<id>`` in ``meta`` (the anonymous counts, when)
is committed together with the erasure, and an erased event is never erased again.

An event the configuration no longer names (last year's conference, replaced by this
year's) is still erased on its day: its facts (dates, name, retention) are remembered in
``meta`` (``event:<id>``) whenever the daemon sees it configured (``remember``).
"""

from __future__ import annotations

import calendar
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from inbox_agent.office.forget import ERASED, blank_records
from inbox_agent.registrations import Attendee, EventRules, State
from inbox_agent.registrations.events import Events, stage
from inbox_agent.store.db import Store
from inbox_agent.office.staffactions import erase_actions
from inbox_agent.store.tasks import task_records
from inbox_agent.store.events import (
    BACKUP_SUFFIX,
    event_of,
    home_event,
    known_events,
    records_of,
)

log = logging.getLogger(__name__)

ANNOUNCE_DAYS = 14  # the digest announces an erasure this many days before
FACTS_PREFIX = "event:"  # meta "event:<id>": what the store remembers of an event
DONE_PREFIX = "retention:"  # meta "retention:<id>": the erasure, with the counts kept
# The facts of an event kept in ``event:<id>`` (enough to rebuild its ``EventRules``).
_FACT_FIELDS = ("id", "name", "title", "starts", "ends", "venue", "capacity",
                "pre_registration_deadline", "registration_deadline", "timezone",
                "currency", "retention_months")


def add_months(day: date, months: int) -> date:
    """``day`` ``months`` later; the 31st becomes the last day of a shorter month."""
    year, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month0 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def erase_on(rules: EventRules) -> date:
    """The local day on which the event's personal data is erased."""
    return add_months(rules.ends, rules.retention_months)


@dataclass(frozen=True)
class EventView:
    """One event as ``inbox-agent events`` and the digest see it."""

    rules: EventRules
    stage: str  # "open" | "closed" | "past" | "erased"
    configured: bool  # named in config.toml now (else remembered from an earlier season)
    erase_on: date
    days_to_erasure: int  # from today (local); negative: overdue (the daemon was down)
    counts: dict[str, Any] = field(default_factory=dict)  # live, or those kept at erasure
    erased_at: str | None = None
    would_erase: dict[str, int] = field(default_factory=dict)  # the dry-run view

    @property
    def id(self) -> str:
        return self.rules.id

    def as_dict(self) -> dict[str, Any]:
        """Stable English keys for ``events --json``."""
        r = self.rules
        return {"id": r.id, "name": r.name, "title": r.title, "stage": self.stage,
                "configured": self.configured, "starts": r.starts.isoformat(),
                "ends": r.ends.isoformat(),
                "registration_deadline": r.registration_deadline.isoformat(),
                "retention_months": r.retention_months, "erase_on": self.erase_on.isoformat(),
                "days_to_erasure": self.days_to_erasure, "erased_at": self.erased_at,
                "counts": self.counts, "would_erase": self.would_erase}


# -- what the store remembers of each event ------------------------------------------------


def facts_of(rules: EventRules) -> dict[str, Any]:
    """The event's facts as a JSON-safe dict (``event:<id>`` in ``meta``)."""
    out = {}
    for name in _FACT_FIELDS:
        value = getattr(rules, name)
        out[name] = value.isoformat() if isinstance(value, date) else value
    return out


def rules_of(facts: dict[str, Any]) -> EventRules:
    """An ``EventRules`` from remembered facts (the rest takes its defaults)."""
    kinds = {f.name: f.type for f in fields(EventRules)}
    values = {k: (date.fromisoformat(v) if kinds.get(k) == "date" else v)
              for k, v in facts.items() if k in _FACT_FIELDS}
    return EventRules(**values)


def remember(store: Store, events: Events) -> bool:
    """Stage the facts of every configured event that changed (True if any did)."""
    changed = False
    for rules in events:
        facts = {"key": FACTS_PREFIX + rules.id, "kind": "event", **facts_of(rules)}
        if store.get("meta", facts["key"]) != facts:
            store.put("meta", facts)
            changed = True
    return changed


def all_rules(store: Store, events: Events) -> list[EventRules]:
    """Every event: the configured ones (file order), then those only remembered."""
    out = list(events)
    seen = {r.id for r in out}
    remembered = {r["key"][len(FACTS_PREFIX):]: r for r in store.all("meta")
                  if r.get("kind") == "event" and r["key"].startswith(FACTS_PREFIX)}
    for event_id in dict.fromkeys([*known_events(store), *remembered]):
        if event_id not in seen and event_id in remembered:
            out.append(rules_of(remembered[event_id]))
            seen.add(event_id)
    return out


# -- the overview ------------------------------------------------------------------------


def counts(store: Store, event_id: str) -> dict[str, Any]:
    """The event's anonymous counts: records and persons per state, members among those
    holding or having held a binding place, fees received, mails in and out."""
    people = [Attendee.from_dict(r) for r in records_of(store, "attendees", event_id)]
    binding = [a for a in people if a.state in (State.REGISTERED, State.PAID)]
    return {
        "records": len(people),
        "persons": sum(a.persons for a in people),
        "states": {s.value: sum(a.persons for a in people if a.state == s)
                   for s in State if any(a.state == s for a in people)},
        "registered": sum(a.persons for a in binding),
        "paid": sum(a.persons for a in people if a.state == State.PAID),
        "cancelled": sum(a.persons for a in people if a.state == State.CANCELLED),
        "members": sum(a.persons for a in binding if a.member is True),
        "non_members": sum(a.persons for a in binding if a.member is False),
        "received": str(sum((a.paid_total for a in people), Decimal(0))),
        "mails_in": sum(1 for _ in records_of(store, "messages", event_id)),
        "mails_out": sum(1 for _ in records_of(store, "outbox", event_id)),
    }


def would_erase(store: Store, event_id: str) -> dict[str, int]:
    """How many records the erasure of ``event_id`` would delete or blank (a dry run)."""
    home = home_event(store)
    return {
        "attendees": sum(1 for _ in records_of(store, "attendees", event_id)),
        "messages": sum(1 for _ in records_of(store, "messages", event_id)),
        "outbox": sum(1 for _ in records_of(store, "outbox", event_id)),
        "tasks": sum(1 for t in task_records(store)
                     if event_of(t, home) == event_id),
    }


def overview(store: Store, events: Events, now: datetime) -> list[EventView]:
    """Every event with its stage, erasure day and counts (see ``EventView``)."""
    configured = set(events.ids)
    views = []
    for rules in all_rules(store, events):
        done = store.get("meta", DONE_PREFIX + rules.id)
        day = erase_on(rules)
        left = (day - rules.local_date(now)).days
        if done is not None:
            views.append(EventView(rules, "erased", rules.id in configured, day, left,
                                   dict(done.get("counts") or {}), done.get("at")))
            continue
        views.append(EventView(rules, stage(rules, now), rules.id in configured, day, left,
                               counts(store, rules.id), None, would_erase(store, rules.id)))
    return views


def notices(views: Iterable[EventView]) -> list[EventView]:
    """The events whose erasure the digest announces: past, not erased, due within
    ``ANNOUNCE_DAYS`` days (or overdue)."""
    return [v for v in views if v.stage == "past" and v.days_to_erasure <= ANNOUNCE_DAYS]


# -- the erasure --------------------------------------------------------------------------


def run_due(store: Store, events: Events, now: datetime) -> list[dict[str, Any]]:
    """The daemon's part (call it inside ``store.exclusive()``): remember the configured
    events, erase every event whose day has come (once), and finish the rewrite of the
    files an interrupted erasure left. Returns the erasure records made now."""
    if remember(store, events):
        store.commit()
    made = []
    for rules in all_rules(store, events):  # not ``overview``: no counts every 15 minutes
        if store.get("meta", DONE_PREFIX + rules.id) is not None:
            _finish_rewrite(store, rules.id)
        elif stage(rules, now) == "past" and rules.local_date(now) >= erase_on(rules):
            made.append(erase_event(store, rules, now))
    return made


def erase_event(store: Store, rules: EventRules, now: datetime) -> dict[str, Any]:
    """Erase the personal data of the event ``rules`` (see the module docstring); the
    anonymous counts are kept in ``retention:<id>``. Irreversible: only ``run_due``
    calls it, when the day has come. Call it inside ``store.exclusive()``."""
    event_id = rules.id
    key = DONE_PREFIX + event_id
    if store.get("meta", key) is not None:
        return store.get("meta", key)
    kept = counts(store, event_id)
    people = _people_only_here(store, event_id)
    erased = {"attendees": 0, "messages": 0, "outbox": 0, "tasks": 0, "failures": 0}
    for record in list(records_of(store, "attendees", event_id)):
        store.delete("attendees", record["key"])
        erased["attendees"] += 1
    blank_records(store, _mentions(event_id, people), erased)
    erase_actions(store, _mentions(event_id, people))  # their before-images name them
    record = {"key": key, "kind": "retention", "event": event_id, "name": rules.name,
              "at": now.isoformat(), "erase_on": erase_on(rules).isoformat(),
              "counts": kept, "erased": erased, "rewritten": False}
    store.put("meta", record)
    store.commit()  # the erasure and its record in one commit: never half, never twice
    log.warning("retention: the personal data of the event %r (ended %s, kept %s months) "
                "was erased: %s; anonymous counts kept", event_id, rules.ends.isoformat(),
                rules.retention_months, erased)
    _finish_rewrite(store, event_id)
    return store.get("meta", key)


def _people_only_here(store: Store, event_id: str) -> set[str]:
    """The addresses on ``event_id``'s list that are on no other event's list."""
    here = {r["email"] for r in records_of(store, "attendees", event_id)}
    home = home_event(store)
    elsewhere = {r["email"] for r in store.all("attendees") if event_of(r, home) != event_id}
    return here - elsewhere


def _mentions(event_id: str, people: set[str]):
    """Which records the erasure blanks: the event's own (tagged with its id), and
    records of no event (a mail routed to none, a failure) that name one of its people
    who is on no other list."""
    pattern = re.compile("|".join(re.escape(p) for p in sorted(people))) if people else None

    def mentions(record: dict) -> bool:
        if record.get("event"):
            return record["event"] == event_id
        return pattern is not None and bool(
            pattern.search(json.dumps(record, ensure_ascii=False).lower()))

    return mentions


def _finish_rewrite(store: Store, event_id: str) -> None:
    """Write the files twice more (journal, snapshot and ``.bak``), so no earlier copy
    of the store keeps the erased data; then mark the erasure as rewritten."""
    key = DONE_PREFIX + event_id
    record = store.get("meta", key)
    if record is None or record.get("rewritten"):
        return
    compact = getattr(store, "compact", None)
    for _n in range(2):
        if compact is not None:
            compact()
    if event_id == home_event(store) and getattr(store, "persist", False):
        # The copy made before the store learnt of events holds only this event's data.
        backup = store.path.with_name(store.path.name + BACKUP_SUFFIX)
        if backup.exists():
            backup.unlink()
            log.warning("retention: removed %s (the store as it was before events)", backup)
    store.put("meta", {**record, "rewritten": True})
    store.commit()


__all__ = ["ANNOUNCE_DAYS", "ERASED", "EventView", "add_months", "erase_on", "facts_of",
           "rules_of", "remember", "all_rules", "counts", "would_erase", "overview",
           "notices", "run_due", "erase_event"]
