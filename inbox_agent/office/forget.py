"""``inbox-agent forget``: erase a person (GDPR Art. 17), keep an anonymous count.

The attendee record and the office's tasks about them are deleted. Records that must
stay so that nothing is answered twice (handled mails, sent mails: their keys are
Message-IDs) keep only their keys and technical fields; every personal value in them
is replaced by ``ERASED``. The store's previous copy (``.bak``) is overwritten as
well. The mails themselves stay in the IMAP mailbox: delete them there by hand.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from inbox_agent.office.common import LOCK_WAIT, find
from inbox_agent.registrations import Attendee
from inbox_agent.store.db import Store
from inbox_agent.store.events import attendee_records
from inbox_agent.store.tasks import delete_task, task_records

# What stands in the records instead of a personal value: a marker in the data, the
# same in every staff language (records are not rewritten when the language changes).
ERASED = "[gelöscht]"

Mentions = Callable[[dict], bool]


def forget(store: Store, email: str, now: datetime) -> dict[str, int]:
    """Erase everything the store knows about ``email`` (its record in every event);
    how many records of each kind were erased or blanked."""
    key = email.strip().lower()
    counts = {"attendee": 0, "messages": 0, "outbox": 0, "tasks": 0, "failures": 0, "other": 0}
    with store.exclusive(LOCK_WAIT):
        # The person's record in every event (last year's conference, the workshop).
        records = attendee_records(store, key) or [{**find(store, key).to_dict(), "key": key}]
        people = [Attendee.from_dict({**r, "email": r.get("email") or key}) for r in records]
        names = {n.lower() for a in people for n in (a.name, a.display_name())
                 if n and len(n) > 3}
        for record in records:
            store.delete("attendees", record["key"])
        counts["attendee"] = len(records)

        def mentions(record: dict) -> bool:
            text = json.dumps(record, ensure_ascii=False).lower()
            return key in text or any(n in text for n in names)

        _blank_mail_records(store, mentions, counts)
        _erase_other_tables(store, key, mentions, counts)
        previous = store.get("meta", "forgotten") or {"key": "forgotten", "count": 0}
        store.put("meta", {**previous, "count": previous["count"] + 1, "at": now.isoformat()})
        store.commit()
        _rewrite_files(store)
    return counts


# What a message record keeps after its writer is forgotten: what makes sure the mail is
# never handled or answered again, and counts. Every other value (sender, subject, text,
# fields, questions, reasons, rule hits, and whatever a later release adds) is blanked,
# so a new field cannot leak a forgotten person by being missed here.
_MESSAGE_KEEPS = frozenset({"key", "folder", "uidvalidity", "uid", "received_at", "handled_at",
                            "date", "intent", "auto_reply", "language", "replies", "history",
                            "answered_by_office", "needs_reading", "unreadable_form",
                            "event", "event_how"})


def _blanked(record: dict) -> dict:
    out = {}
    for key, value in record.items():
        if key in _MESSAGE_KEEPS:
            out[key] = value
        elif isinstance(value, str):
            out[key] = ERASED if value and key in ("from", "subject") else ""
        elif isinstance(value, list):
            out[key] = []
        elif isinstance(value, dict):
            out[key] = {}
        else:
            out[key] = None if not isinstance(value, bool) else value
    return out


def _blank_mail_records(store: Store, mentions: Mentions, counts: dict[str, int]) -> None:
    """Mails in and out and failures keep their keys; the person's values go. The
    office's tasks about them are deleted."""
    for m in store.all("messages"):
        if mentions(m):
            store.put("messages", _blanked(m))
            counts["messages"] += 1
    for e in store.all("outbox"):
        if mentions(e):
            store.put("outbox", {**e, "to": ERASED, "to_name": "", "cc": [], "context": {},
                                 "subject_hint": "", "error": e.get("error") and ERASED,
                                 "error_reason": None})
            counts["outbox"] += 1
    for f in store.all("failures"):
        if mentions(f):
            store.put("failures", {**f, "from": ERASED, "subject": ERASED})
            counts["failures"] += 1
    for t in list(task_records(store)):
        if mentions(t):
            delete_task(store, t["key"])
            counts["tasks"] += 1


# The blanking of mail records and tasks, for other erasures (``office.retention``).
blank_records = _blank_mail_records


def _erase_other_tables(store: Store, key: str, mentions: Mentions,
                        counts: dict[str, int]) -> None:
    """Every other table (e.g. invitees): the person's own entries are deleted."""
    from inbox_agent.store.db import TABLES

    for table_name in TABLES:
        if table_name in ("attendees", "messages", "outbox", "failures", "meta", "folders"):
            continue
        for rec in store.all(table_name):
            if table_name == "optouts":
                # An opt-out is honoured after the erasure too: its key is a hash of
                # the address (optouts.py); only the readable address goes.
                if mentions(rec):
                    store.put("optouts", {**rec, "email": "", "cause": ""})
                    counts["other"] += 1
                continue
            if rec.get("key", "").lower() == key or mentions(rec):
                store.delete(table_name, rec["key"])
                counts["other"] += 1


def _rewrite_files(store: Store) -> None:
    """The files may still name the person: a journal of commits, and the previous copy
    (``.bak``) every full write keeps. Two full writes leave only erased copies behind."""
    compact = getattr(store, "compact", None)
    for n in range(2):
        store.put("meta", {**store.get("meta", "forgotten"), "rewritten": n})
        store.commit()
        if compact is not None:
            compact()


__all__ = ["ERASED", "blank_records", "forget"]
