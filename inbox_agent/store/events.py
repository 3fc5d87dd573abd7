"""Which event each record belongs to, and the migration of a store from before events.

Every record that belongs to an event carries its id in the field ``event``: attendee
records, message records (the event a mail was routed to; "" for a mail that belongs
to none), outbox entries (the event a mail was sent for; "" for the digest) and tasks
(``store.tasks``). Opt-outs, bounces marks in ``optouts`` and the
invitee list are per address, across events, and carry none.

The keys of attendee records (``attendee_key``): the address, lower-case, for the
store's *home event* — the first event it ever held, which is what every store written
before events held, so no record is given a new key — and ``"<event id>:<address>"`` for
every other event. A lookup of one person in one event stays a single key; all of an
event's records are one index lookup (``records_of``: attendees are indexed by
``event`` and ``email``). A record without ``event`` (only a store not yet migrated, or
one a test wrote by hand) belongs to the home event; in a store no start has seen yet,
to whichever event is asked for.

``migrate`` runs once, at the first start on a store (``app.bootstrap``): a store
written before events (no ``events`` record in ``meta``) is first saved whole beside
itself as ``<store>.pre-events.bak``, then every record above is given the event the
configuration names first, and that event becomes the home event. A new store just
records its home event. Nothing is deleted or re-keyed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from inbox_agent.store.db import Store
from inbox_agent.store.tasks import TABLE as TASKS, migrate_tasks, task_records

EVENTS_KEY = "events"  # the meta record: {"home": id, "known": [ids], ...}
BACKUP_SUFFIX = ".pre-events.bak"
# The tables whose records belong to an event (meta: only the tasks).
EVENT_TABLES = ("attendees", "messages", "outbox")


def home_event(store: Store) -> str:
    """The store's home event ("" before the first start recorded one)."""
    record = store.get("meta", EVENTS_KEY)
    return str(record.get("home") or "") if record else ""


def known_events(store: Store) -> tuple[str, ...]:
    """Every event id the store has held records for, the home event first."""
    record = store.get("meta", EVENTS_KEY) or {}
    return tuple(dict.fromkeys([*([record["home"]] if record.get("home") else []),
                                *record.get("known", ())]))


def attendee_key(store: Store, event_id: str, email: str) -> str:
    """The key of ``email``'s attendee record in ``event_id`` (see the module docstring);
    ``event_id`` "" means the home event."""
    address = email.strip().lower()
    home = home_event(store)
    if not event_id or not home or event_id == home:
        return address
    return f"{event_id}:{address}"


def event_of(record: dict[str, Any], home: str) -> str:
    """The event a stored record belongs to (a record without one: the home event)."""
    return str(record.get("event") or home)


def records_of(store: Store, table: str, event_id: str) -> Iterator[dict[str, Any]]:
    """The records of ``table`` that belong to ``event_id`` ("" = the home event), in
    insertion order. Attendees through their index; other tables are scanned."""
    home = home_event(store)
    wanted = event_id or home
    # Records without an event: the home event's; before any start recorded a home
    # (a store written by hand, as in tests), whichever event is asked for.
    loose = not wanted or not home or wanted == home
    if table == "attendees":
        found = list(store.find(table, event=wanted)) if wanted else []
        if loose:
            found += [r for r in store.find(table, event=None)]
            found += [r for r in store.find(table, event="")]
        yield from found
        return
    for record in store.all(table):
        if record.get("event") == wanted or (loose and not record.get("event")):
            yield record


def attendee_records(store: Store, email: str) -> list[dict[str, Any]]:
    """Every attendee record of ``email``, one per event it is on (``show``)."""
    return list(store.find("attendees", email=email.strip().lower()))


def note_event(store: Store, event_id: str) -> None:
    """Remember that the store holds records of ``event_id`` (staged; commit follows)."""
    record = store.get("meta", EVENTS_KEY) or {"key": EVENTS_KEY, "home": event_id, "known": []}
    if event_id and event_id not in record.get("known", ()):
        record["known"] = [*record.get("known", ()), event_id]
        store.put("meta", record)


def migrate(store: Store, home: str, now: str) -> Path | None:
    """Make ``store`` a store of events (once; see the module docstring). ``home`` is the
    configuration's first event, ``now`` the time (ISO) kept in the record. Returns the
    backup written, or None (nothing to migrate, or a store that is not saved). Call it
    inside ``store.exclusive()``; it commits."""
    if store.get("meta", EVENTS_KEY) is not None:
        return None
    migrate_tasks(store)  # tasks from before the table: into it first (the same commit)
    old = any(store.count(t) for t in EVENT_TABLES) or any(task_records(store))
    backup = None
    if old and store.persist:
        backup = store.path.with_name(store.path.name + BACKUP_SUFFIX)
        store.write_copy(backup)
    if old:
        for table in EVENT_TABLES:
            store.put_many(table, [{**r, "event": home} for r in store.all(table)
                                   if "event" not in r])
        store.put_many(TASKS, [{**r, "event": home} for r in task_records(store)
                               if "event" not in r])
    store.put("meta", {"key": EVENTS_KEY, "home": home, "known": [home], "since": now,
                       "migrated": bool(old), "backup": str(backup) if backup else None})
    store.commit()
    if old and store.persist:
        store.compact()  # a new generation: the backup can be copied back as it is
    return backup


__all__ = ["EVENTS_KEY", "BACKUP_SUFFIX", "EVENT_TABLES", "home_event", "known_events",
           "attendee_key", "event_of", "records_of", "attendee_records", "note_event",
           "migrate"]
